// The candidate's journey, in the order the server enforces it: their own view first, then the feedback,
// then the two views side by side, then a rating. Where a candidate may go, and where a returning one
// carries on, follow from the overview alone, so a reload or a second visit lands on the step reached.
import type { CandidateOverviewResponse } from "../../features/candidate-portal/schemas";

export type Overview = CandidateOverviewResponse;

export const steps = [
  { path: "your-view", label: "Your view" },
  { path: "feedback", label: "Feedback" },
  { path: "side-by-side", label: "Side by side" },
  { path: "rating", label: "Rating" },
] as const;

export type StepPath = (typeof steps)[number]["path"] | "thanks";

export const stepUrl = (step: StepPath) => `/candidate/${step}`;

/** Where a candidate carries on: opening the feedback is their own choice, never a redirect's. */
export function landingStep(overview: Overview): StepPath {
  if (!overview.feedback.opened) return "your-view";
  return overview.rating ? "thanks" : "feedback";
}

/** Everything after the self-assessment waits until the feedback has been opened from it. */
export function canOpen(step: StepPath, overview: Overview): boolean {
  if (step === "your-view") return true;
  if (step === "thanks") return overview.rating !== null;
  return overview.feedback.opened;
}

export function isDone(step: StepPath, overview: Overview): boolean {
  if (step === "your-view") return overview.selfAssessment !== null;
  if (step === "feedback") return overview.feedback.opened;
  return overview.rating !== null;
}
