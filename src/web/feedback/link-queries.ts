// Server state of the candidate's links to an interview's feedback.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { CandidateLinkResponse, SharedLinkResponse } from "../../features/feedback-links/schemas";
import { api } from "../api/client";
import { interviewsKey } from "../interviews/queries";

export type CandidateLink = CandidateLinkResponse;
export type SharedLink = SharedLinkResponse;

export const linksKey = (id: string) => [...interviewsKey, id, "candidate-links"] as const;

export function useCandidateLinks(interviewId: string, enabled: boolean) {
  return useQuery({
    queryKey: linksKey(interviewId),
    queryFn: () => api.get<{ links: CandidateLink[] }>(`/api/interviews/${interviewId}/candidate-links`),
    enabled,
  });
}

export function useIssueLink(interviewId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { sendEmail: boolean }) =>
      api.post<SharedLink>(`/api/interviews/${interviewId}/candidate-links`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: linksKey(interviewId) }),
  });
}

export function useRevokeLink(interviewId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (linkId: string) =>
      api.delete<CandidateLink>(`/api/interviews/${interviewId}/candidate-links/${linkId}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: linksKey(interviewId) }),
  });
}
