// The candidate's own view as the debrief screen records it, in the interviewer's session.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { SelfAssessmentBodyInput, SelfAssessmentResponse } from "../../features/candidate-portal/schemas";
import { api, isApiError } from "../api/client";
import { interviewsKey } from "../interviews/queries";

const selfAssessmentKey = (id: string) => [...interviewsKey, id, "self-assessment"] as const;

/** What the candidate answered, or null while they have not (the API's 404). */
export function useDebriefSelfAssessment(interviewId: string) {
  return useQuery({
    queryKey: selfAssessmentKey(interviewId),
    queryFn: async () => {
      try {
        return await api.get<SelfAssessmentResponse>(`/api/interviews/${interviewId}/self-assessment`);
      } catch (error) {
        if (isApiError(error, 404)) return null;
        throw error;
      }
    },
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useRecordSelfAssessment(interviewId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SelfAssessmentBodyInput) =>
      api.put<SelfAssessmentResponse>(`/api/interviews/${interviewId}/self-assessment`, body),
    onSuccess: (saved) => queryClient.setQueryData(selfAssessmentKey(interviewId), saved),
  });
}
