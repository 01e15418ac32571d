import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { SecondLookResponse, SecondLooksResponse } from "../../features/second-look/schemas";
import { api } from "../api/client";

export type SecondLook = SecondLookResponse;
export type SecondLooks = SecondLooksResponse;
const secondLooksKey = ["second-looks"] as const;

export function useSecondLooks() {
  return useQuery({ queryKey: secondLooksKey, queryFn: () => api.get<SecondLooks>("/api/second-looks") });
}

export function useDismissSecondLook() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (interviewId: string) => api.post<void>(`/api/second-looks/${interviewId}/dismiss`, {}),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: secondLooksKey }),
  });
}
