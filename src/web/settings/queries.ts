import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { FeedbackSettingsResponse } from "../../features/feedback/schemas";
import { api } from "../api/client";

export type FeedbackSettings = FeedbackSettingsResponse;
export const feedbackSettingsKey = ["feedback-settings"] as const;

export function useFeedbackSettings() {
  return useQuery({
    queryKey: feedbackSettingsKey,
    queryFn: () => api.get<FeedbackSettings>("/api/feedback/settings"),
    staleTime: 5 * 60_000,
  });
}

export function useSaveFeedbackSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (settings: FeedbackSettings) => api.put<FeedbackSettings>("/api/feedback/settings", settings),
    onSuccess: (saved) => queryClient.setQueryData(feedbackSettingsKey, saved),
  });
}
