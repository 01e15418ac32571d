// The organisation-wide figures of spec/analytics.md ("Population figures"), computed exactly by definition.
import { newcombeDifferenceInterval, sampleVariance } from "./stats.js";
import type { AnalyticsInput, InterviewFacts, OfferFacts, PopulationFigures, RateWithCounts } from "./types.js";

/** A candidate needs this many self-assessed (or assessed) interviews to count as "consistent" or not. */
export const MIN_INTERVIEWS_PER_CANDIDATE = 3;
/** consistentRate: the sample standard deviation of `overall` must be at most this. */
export const CONSISTENT_MAX_SD = 0.5;

interface CandidateTally {
  /** Gaps (selfOverall - overall) of self-assessed interviews that have both overalls. */
  gaps: number[];
  /** thinksPassed of interviews the interviewer advanced, where the candidate said. */
  thinksPassedWhenAdvanced: boolean[];
  overalls: number[];
}

export function computePopulation(input: AnalyticsInput): PopulationFigures {
  const byCandidate = tallyByCandidate(input.interviews);
  let selfAssessmentEligible = 0;
  let underrating = 0;
  let overrating = 0;
  let thinksFailedEligible = 0;
  let thinksFailed = 0;
  let consistencyEligible = 0;
  let consistent = 0;
  for (const tally of byCandidate.values()) {
    if (tally.gaps.length >= MIN_INTERVIEWS_PER_CANDIDATE) {
      selfAssessmentEligible++;
      if (isMajority(tally.gaps.filter((gap) => gap < 0).length, tally.gaps.length)) underrating++;
      if (isMajority(tally.gaps.filter((gap) => gap > 0).length, tally.gaps.length)) overrating++;
    }
    if (tally.thinksPassedWhenAdvanced.length > 0) {
      thinksFailedEligible++;
      const saidFailed = tally.thinksPassedWhenAdvanced.filter((thinksPassed) => !thinksPassed).length;
      if (isMajority(saidFailed, tally.thinksPassedWhenAdvanced.length)) thinksFailed++;
    }
    if (tally.overalls.length >= MIN_INTERVIEWS_PER_CANDIDATE) {
      consistencyEligible++;
      // Compare variances: sd <= 0.5 exactly when variance <= 0.25, without a square root's rounding.
      const variance = sampleVariance(tally.overalls) ?? 0;
      if (variance <= CONSISTENT_MAX_SD ** 2 + 1e-12) consistent++;
    }
  }
  return {
    interviews: input.interviews.length,
    candidates: input.candidateCount,
    interviewers: input.interviewers.length,
    underrateRate: rate(underrating, selfAssessmentEligible),
    overrateRate: rate(overrating, selfAssessmentEligible),
    selfAssessmentEligible,
    thinksFailedWhenPassedRate: rate(thinksFailed, thinksFailedEligible),
    thinksFailedEligible,
    consistentRate: rate(consistent, consistencyEligible),
    consistencyEligible,
    closeRate: computeCloseRate(input.offers),
  };
}

/**
 * Only assessed interviews count. A self-assessment without an `overall` has no gap, so it is left out of
 * the gap figures entirely (it neither counts toward the 3 self-assessed interviews nor dilutes the
 * "more than half"); its `thinksPassed`, if given, still counts.
 */
function tallyByCandidate(interviews: readonly InterviewFacts[]): Map<string, CandidateTally> {
  const byCandidate = new Map<string, CandidateTally>();
  for (const interview of interviews) {
    if (interview.overall === null) continue;
    let tally = byCandidate.get(interview.candidateId);
    if (!tally) {
      tally = { gaps: [], thinksPassedWhenAdvanced: [], overalls: [] };
      byCandidate.set(interview.candidateId, tally);
    }
    tally.overalls.push(interview.overall);
    if (interview.hasSelfAssessment && interview.selfOverall !== null) {
      tally.gaps.push(interview.selfOverall - interview.overall);
    }
    if (interview.hasSelfAssessment && interview.advance === true && interview.thinksPassed !== null) {
      tally.thinksPassedWhenAdvanced.push(interview.thinksPassed);
    }
  }
  return byCandidate;
}

/** "Strictly more than half". */
function isMajority(count: number, total: number): boolean {
  return 2 * count > total;
}

function rate(count: number, total: number): number | null {
  return total === 0 ? null : count / total;
}

export function computeCloseRate(offers: readonly OfferFacts[]): PopulationFigures["closeRate"] {
  const withFeedback = countOffers(offers.filter((offer) => offer.feedbackGiven));
  const withoutFeedback = countOffers(offers.filter((offer) => !offer.feedbackGiven));
  const bothKnown = withFeedback.rate !== null && withoutFeedback.rate !== null;
  return {
    withFeedback,
    withoutFeedback,
    difference: bothKnown ? (withFeedback.rate as number) - (withoutFeedback.rate as number) : null,
    ci95: bothKnown
      ? newcombeDifferenceInterval(
          withFeedback.accepted,
          withFeedback.offers,
          withoutFeedback.accepted,
          withoutFeedback.offers,
        )
      : null,
  };
}

function countOffers(offers: readonly OfferFacts[]): RateWithCounts {
  const accepted = offers.filter((offer) => offer.accepted).length;
  return { offers: offers.length, accepted, rate: rate(accepted, offers.length) };
}
