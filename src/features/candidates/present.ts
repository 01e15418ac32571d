import type { candidates, offers, outcomes } from "../../data/schema.js";
import type { getCandidate, listCandidates } from "./candidates.js";
import type { CandidateDetailResponse, CandidateSummaryResponse, OfferResponse, OutcomeResponse } from "./schemas.js";

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function presentOutcome(o: typeof outcomes.$inferSelect): OutcomeResponse {
  return { id: o.id, at: o.at.toISOString(), passed: o.passed, company: o.company, stage: o.stage };
}

export function presentOffer(o: typeof offers.$inferSelect): OfferResponse {
  return { id: o.id, at: o.at.toISOString(), accepted: o.accepted, feedbackGiven: o.feedbackGiven };
}

export function presentCandidateSummary(
  c:
    | Awaited<ReturnType<typeof listCandidates>>["candidates"][number]
    | (typeof candidates.$inferSelect & { interviews?: number }),
): CandidateSummaryResponse {
  return {
    id: c.id,
    name: c.name,
    email: c.email,
    externalId: c.externalId,
    interviews: "interviews" in c && typeof c.interviews === "number" ? c.interviews : 0,
    lastInterviewAt: "lastInterviewAt" in c ? iso(c.lastInterviewAt) : null,
    erasedAt: iso(c.erasedAt),
  };
}

export function presentCandidate(detail: Awaited<ReturnType<typeof getCandidate>>): CandidateDetailResponse {
  const { candidate } = detail;
  return {
    id: candidate.id,
    name: candidate.name,
    email: candidate.email,
    externalId: candidate.externalId,
    createdAt: candidate.createdAt.toISOString(),
    erasedAt: iso(candidate.erasedAt),
    interviews: detail.interviews.map((row) => ({
      id: row.interview.id,
      externalId: row.interview.externalId,
      startedAt: iso(row.interview.startedAt),
      scheduledAt: iso(row.interview.scheduledAt),
      stage: row.interview.stage,
      interviewer: { id: row.interview.interviewerId, name: row.interviewerName },
      question:
        row.interview.questionId && row.questionTitle
          ? { id: row.interview.questionId, title: row.questionTitle }
          : null,
      assessment: row.assessment
        ? { overall: row.assessment.overall, advance: row.assessment.advance, scores: row.assessment.scores }
        : null,
      selfAssessment: row.self
        ? { overall: row.self.overall, thinksPassed: row.self.thinksPassed, scores: row.self.scores }
        : null,
      wouldReturn: row.wouldReturn,
      feedbackSharedAt: iso(row.interview.feedbackSharedAt),
    })),
    outcomes: detail.outcomes.map(presentOutcome),
    offers: detail.offers.map(presentOffer),
  };
}
