// Server state of the feedback page: the assessment, the draft and released versions, the organisation's
// feedback settings, and the draft Debrief writes from the notes.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { ReleaseResultResponse } from "../../features/feedback/schemas";
import { api, isApiError } from "../api/client";
import type { Assessment, AssessmentBody, Feedback, FeedbackSettings, SuggestedDraft } from "../api/types";
import { interviewsKey } from "../interviews/queries";
import { linksKey } from "./link-queries";

const assessmentKey = (id: string) => [...interviewsKey, id, "assessment"] as const;
const feedbackKey = (id: string) => [...interviewsKey, id, "feedback"] as const;
const settingsKey = ["feedback-settings"] as const;

/** The saved assessment, or null while the interviewer has not assessed (the API's 404). */
export function useAssessment(interviewId: string) {
  return useQuery({
    queryKey: assessmentKey(interviewId),
    queryFn: async () => {
      try {
        return await api.get<Assessment>(`/api/interviews/${interviewId}/assessment`);
      } catch (error) {
        if (isApiError(error, 404)) return null;
        throw error;
      }
    },
    // The form is initialised from it once; a refetch on focus would only be ignored.
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useSaveAssessment(interviewId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AssessmentBody) => api.put<Assessment>(`/api/interviews/${interviewId}/assessment`, body),
    onSuccess: (saved) => queryClient.setQueryData(assessmentKey(interviewId), saved),
  });
}

export function useFeedback(interviewId: string) {
  return useQuery({
    queryKey: feedbackKey(interviewId),
    queryFn: () => api.get<Feedback>(`/api/interviews/${interviewId}/feedback`),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useSaveDraft(interviewId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (text: string) => api.put<Feedback>(`/api/interviews/${interviewId}/feedback/draft`, { text }),
    onSuccess: (feedback) => queryClient.setQueryData(feedbackKey(interviewId), feedback),
  });
}

export function useRelease(interviewId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { text: string; overrideReason?: string }) =>
      api.post<ReleaseResultResponse>(`/api/interviews/${interviewId}/feedback/releases`, body),
    onSuccess: ({ share: _share, ...feedback }) => {
      queryClient.setQueryData(feedbackKey(interviewId), feedback);
      queryClient.invalidateQueries({ queryKey: linksKey(interviewId) });
      // The interview now counts as one with feedback given, in the lists and the analytics.
      queryClient.invalidateQueries({ queryKey: [...interviewsKey, "list"] });
    },
  });
}

/** Asked for on demand (the button), never cached: it is written from whatever was saved last. */
export function useSuggestDraft(interviewId: string) {
  return useMutation({
    mutationFn: () => api.get<SuggestedDraft>(`/api/interviews/${interviewId}/feedback/suggested-draft`),
  });
}

export function useFeedbackSettings() {
  return useQuery({
    queryKey: settingsKey,
    queryFn: () => api.get<FeedbackSettings>("/api/feedback/settings"),
    staleTime: 5 * 60_000,
  });
}
