import type { CandidateInterview } from "../api/types";

/** When an interview happened, or was planned to: what the timeline and the table go by. */
export function interviewDate(interview: CandidateInterview): string | null {
  return interview.startedAt ?? interview.scheduledAt;
}
