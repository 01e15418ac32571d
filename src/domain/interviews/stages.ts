export const interviewStages = ["practice", "screen", "onsite"] as const;
export type InterviewStage = (typeof interviewStages)[number];

export type InterviewStatus = "scheduled" | "live" | "finished";

export function interviewStatus(i: { startedAt: Date | null; endedAt: Date | null }): InterviewStatus {
  if (i.endedAt) return "finished";
  return i.startedAt ? "live" : "scheduled";
}
