import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { DataPolicyBody, ErasureBody } from "../../features/data-rights/schemas";
import { analyticsKey } from "../analytics/queries";
import { api } from "../api/client";
import { candidatesKey } from "../candidates/queries";

export type DataPolicy = DataPolicyBody;
export const dataPolicyKey = ["data-policy"] as const;

export function useDataPolicy() {
  return useQuery({ queryKey: dataPolicyKey, queryFn: () => api.get<DataPolicy>("/api/data-policy") });
}

function usePolicyChange<Body>(send: (body: Body) => Promise<DataPolicy>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (policy) => queryClient.setQueryData(dataPolicyKey, policy),
  });
}

export const useSetRetention = () =>
  usePolicyChange((retentionMonths: number | null) =>
    api.put<DataPolicy>("/api/data-policy/retention", { retentionMonths }),
  );
export const usePlaceLegalHold = () =>
  usePolicyChange((reason: string) => api.put<DataPolicy>("/api/data-policy/legal-hold", { reason }));
export const useLiftLegalHold = () => usePolicyChange(() => api.delete<DataPolicy>("/api/data-policy/legal-hold"));

export function useEraseCandidate(candidateId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<ErasureBody>(`/api/candidates/${candidateId}/erase`, {}),
    onSuccess: () => {
      queryClient.invalidateQueries({ queryKey: candidatesKey });
      queryClient.invalidateQueries({ queryKey: analyticsKey });
    },
  });
}
