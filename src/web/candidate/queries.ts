// Server state of the candidate's pages. Everything sits under one key, so ending the visit forgets all of
// it at once: nothing of one candidate stays in memory for the next person at a shared computer.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type {
  CandidateFeedbackResponse,
  ComparisonResponse,
  RatingBody,
  SelfAssessmentBodyInput,
  SelfAssessmentResponse,
} from "../../features/candidate-portal/schemas";
import { api } from "../api/client";
import type { Overview } from "./steps";

export const candidateKey = ["candidate-portal"] as const;
const feedbackKey = [...candidateKey, "feedback"] as const;
const comparisonKey = [...candidateKey, "comparison"] as const;

export type Rating = z.infer<typeof RatingBody>;

export function useOverview() {
  return useQuery({ queryKey: candidateKey, queryFn: () => api.get<Overview>("/api/candidate") });
}

export function useSaveSelfAssessment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SelfAssessmentBodyInput) =>
      api.put<SelfAssessmentResponse>("/api/candidate/self-assessment", body),
    onSuccess: (saved) =>
      queryClient.setQueryData<Overview>(candidateKey, (old) => old && { ...old, selfAssessment: saved }),
  });
}

/** Reading the feedback once it is open; a read settles nothing, so refetching it is harmless. */
export function useCandidateFeedback() {
  return useQuery({
    queryKey: feedbackKey,
    queryFn: () => api.get<CandidateFeedbackResponse>("/api/candidate/feedback"),
    // What was released does not change during a visit.
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/**
 * The candidate's own "Read the feedback": opens it on the server, which settles their answers, and keeps
 * what it answers as the feedback read from then on.
 */
export function useOpenFeedback() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<CandidateFeedbackResponse>("/api/candidate/feedback/open", {}),
    onSuccess: (feedback) => {
      queryClient.setQueryData(feedbackKey, feedback);
      queryClient.setQueryData<Overview>(
        candidateKey,
        (old) =>
          old && {
            ...old,
            feedback: { ...old.feedback, opened: true },
            selfAssessment: old.selfAssessment && { ...old.selfAssessment, locked: true },
          },
      );
    },
  });
}

export function useComparison() {
  return useQuery({
    queryKey: comparisonKey,
    queryFn: () => api.get<ComparisonResponse>("/api/candidate/comparison"),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useSaveRating() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Rating) =>
      api.put<{ wouldReturn: number; comment: string | null }>("/api/candidate/rating", body),
    onSuccess: (rating) => queryClient.setQueryData<Overview>(candidateKey, (old) => old && { ...old, rating }),
  });
}

export function useEndVisit() {
  return useMutation({ mutationFn: () => api.delete("/api/candidate/session") });
}
