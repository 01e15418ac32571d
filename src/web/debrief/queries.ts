import { useQuery } from "@tanstack/react-query";
import type { InterviewBenchmarksResponse } from "../../features/feedback/schemas";
import { api } from "../api/client";
import { interviewsKey } from "../interviews/queries";

export type InterviewBenchmarks = InterviewBenchmarksResponse;

export function useInterviewBenchmarks(id: string) {
  return useQuery({
    queryKey: [...interviewsKey, id, "benchmarks"],
    queryFn: () => api.get<InterviewBenchmarks>(`/api/interviews/${id}/benchmarks`),
    staleTime: 5 * 60_000,
  });
}
