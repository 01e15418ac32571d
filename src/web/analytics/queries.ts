import { useQuery } from "@tanstack/react-query";
import { api, isApiError } from "../api/client";
import type { AnalyticsReport, OwnCalibration } from "../api/types";

export const analyticsKey = ["analytics"] as const;

export function useAnalytics() {
  return useQuery({ queryKey: analyticsKey, queryFn: () => api.get<AnalyticsReport>("/api/analytics") });
}

/** One's own calibration; `null` when one has no interviewer record yet (the API's 404). */
export function useOwnCalibration() {
  return useQuery({
    queryKey: [...analyticsKey, "me"],
    queryFn: async () => {
      try {
        return await api.get<OwnCalibration>("/api/analytics/me");
      } catch (error) {
        if (isApiError(error, 404)) return null;
        throw error;
      }
    },
  });
}
