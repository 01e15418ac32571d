// What a candidate receives: never a raw row, and of the assessment only what the policy frozen at release
// shares (domain/feedback/released-view.ts).
import { selfAssessmentPrompts } from "../../domain/feedback/self-assessment-prompts.js";
import type { Overview } from "./portal.js";
import type { ReleaseRow } from "./releases.js";
import type { CandidateFeedbackResponse, CandidateOverviewResponse, SelfAssessmentResponse } from "./schemas.js";
import type { SelfAssessmentRow } from "./self-assessment.js";

export function presentSelfAssessment(row: SelfAssessmentRow): SelfAssessmentResponse {
  return {
    scores: row.scores,
    overall: row.overall,
    thinksPassed: row.thinksPassed,
    answers: row.answers,
    source: row.source,
    locked: row.lockedAt !== null,
    updatedAt: (row.updatedAt ?? row.createdAt).toISOString(),
  };
}

export function presentOverview(overview: Overview): CandidateOverviewResponse {
  const heldAt = overview.startedAt ?? overview.scheduledAt;
  return {
    organization: { name: overview.organizationName },
    candidate: { name: overview.candidateName },
    interview: {
      heldAt: heldAt?.toISOString() ?? null,
      questionTitle: overview.questionTitle,
      interviewerName: overview.interviewerName,
    },
    dimensions: overview.dimensions,
    prompts: selfAssessmentPrompts.map(({ id, prompt }) => ({ id, prompt })),
    selfAssessment: overview.selfAssessment ? presentSelfAssessment(overview.selfAssessment) : null,
    feedback: { available: overview.release !== null, opened: overview.selfAssessment?.lockedAt != null },
    rating: overview.rating ? { wouldReturn: overview.rating.wouldReturn, comment: overview.rating.comment } : null,
  };
}

export function presentCandidateFeedback(release: ReleaseRow): CandidateFeedbackResponse {
  const view = release.releasedView;
  const shareScores = view?.policy.includeScores === true;
  const shareOutcome = view?.policy.includeOutcome === true;
  return {
    version: release.version,
    corrected: release.version > 1,
    releasedAt: release.releasedAt.toISOString(),
    text: release.text,
    benchmarks: view?.benchmarks ?? null,
    walkthrough: (view?.walkthrough ?? []).map(({ language, code, at, annotations }) => ({
      language,
      code,
      at,
      annotations,
    })),
    scores:
      view && shareScores
        ? view.dimensions
            .filter((dimension) => view.scores[dimension.id] !== undefined)
            .map((dimension) => ({ ...dimension, score: view.scores[dimension.id] as number }))
        : null,
    overall: view && shareScores ? view.overall : null,
    outcome: view && shareOutcome ? (view.advance ? "advanced" : "not_advanced") : null,
  };
}
