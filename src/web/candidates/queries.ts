import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { analyticsKey } from "../analytics/queries";
import { api } from "../api/client";
import type { CandidateDetail, CandidateSummary, Candidates, Offer, Outcome } from "../api/types";

export const candidatesKey = ["candidates"] as const;
export const PAGE_SIZE = 25;

export function useCandidates(search: string, page: number) {
  const params = new URLSearchParams({ limit: String(PAGE_SIZE), offset: String((page - 1) * PAGE_SIZE) });
  if (search) params.set("search", search);
  return useQuery({
    queryKey: [...candidatesKey, "list", search, page],
    queryFn: () => api.get<Candidates>(`/api/candidates?${params}`),
    placeholderData: keepPreviousData,
  });
}

export function useCandidate(id: string) {
  return useQuery({
    queryKey: [...candidatesKey, id],
    queryFn: () => api.get<CandidateDetail>(`/api/candidates/${id}`),
  });
}

export function useCreateCandidate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { name: string; email?: string; externalId?: string }) =>
      api.post<CandidateSummary>("/api/candidates", body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: candidatesKey }),
  });
}

type Child = "outcomes" | "offers";

/** Records or deletes an outcome or an offer; the candidate and the analytics that count it are refetched. */
function useChildMutation<Body, Result>(
  candidateId: string,
  send: (path: string, body: Body) => Promise<Result>,
  child: Child,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Body) => send(`/api/candidates/${candidateId}/${child}`, body),
    onSuccess: () => {
      queryClient.invalidateQueries({ queryKey: [...candidatesKey, candidateId] });
      queryClient.invalidateQueries({ queryKey: analyticsKey });
    },
  });
}

export function useRecordOutcome(candidateId: string) {
  return useChildMutation(
    candidateId,
    (path, body: { at: string; passed: boolean; company?: string; stage?: string }) => api.post<Outcome>(path, body),
    "outcomes",
  );
}

export function useRecordOffer(candidateId: string) {
  return useChildMutation(
    candidateId,
    (path, body: { at: string; accepted: boolean; feedbackGiven: boolean }) => api.post<Offer>(path, body),
    "offers",
  );
}

export function useDeleteChild(candidateId: string, child: Child) {
  return useChildMutation(candidateId, (path, id: string) => api.delete(`${path}/${id}`), child);
}
