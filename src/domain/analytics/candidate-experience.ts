// Candidate experience per interviewer (spec/analytics.md): how likely a candidate is to come back.
import type { InterviewerReport, InterviewFacts } from "./types.js";

const DAY_MS = 86_400_000;
/** "Came back": the same candidate had another interview within this many days. */
export const RETURN_WINDOW_DAYS = 90;
/**
 * `score` is the mean `wouldReturn` (1..4, same scale) shrunk toward the organisation's mean as if every
 * interviewer had this many extra ratings at that mean: 3 ratings of 4 give a score well short of 4.
 */
export const RATING_PRIOR_WEIGHT = 5;

export type CandidateExperience = InterviewerReport["candidateExperience"];

export function computeCandidateExperience(interviews: readonly InterviewFacts[]): Map<string, CandidateExperience> {
  const ratings = new Map<string, { sum: number; count: number }>();
  let organisationSum = 0;
  let organisationCount = 0;
  for (const interview of interviews) {
    if (interview.wouldReturn === null) continue;
    const tally = ratings.get(interview.interviewerId) ?? { sum: 0, count: 0 };
    tally.sum += interview.wouldReturn;
    tally.count++;
    ratings.set(interview.interviewerId, tally);
    organisationSum += interview.wouldReturn;
    organisationCount++;
  }
  const organisationMean = organisationCount === 0 ? null : organisationSum / organisationCount;
  const returns = computeReturns(interviews);
  const result = new Map<string, CandidateExperience>();
  const interviewerIds = new Set(interviews.map((interview) => interview.interviewerId));
  for (const interviewerId of interviewerIds) {
    const tally = ratings.get(interviewerId) ?? { sum: 0, count: 0 };
    const returned = returns.get(interviewerId) ?? { eligible: 0, returned: 0 };
    result.set(interviewerId, {
      score:
        tally.count === 0 || organisationMean === null
          ? null
          : (tally.sum + RATING_PRIOR_WEIGHT * organisationMean) / (tally.count + RATING_PRIOR_WEIGHT),
      ratings: tally.count,
      returnRate: returned.eligible === 0 ? null : returned.returned / returned.eligible,
      returnEligible: returned.eligible,
    });
  }
  return result;
}

export function emptyCandidateExperience(): CandidateExperience {
  return { score: null, ratings: 0, returnRate: null, returnEligible: 0 };
}

/**
 * Per interviewer, among their interviews at least 90 days before the last interview in the data, how many
 * were followed by another interview of the same candidate (with anyone) within 90 days. Only the
 * candidate's next interview needs checking: if it is beyond 90 days, so are all later ones.
 */
function computeReturns(interviews: readonly InterviewFacts[]) {
  const result = new Map<string, { eligible: number; returned: number }>();
  if (interviews.length === 0) return result;
  let lastStart = Number.NEGATIVE_INFINITY;
  for (const interview of interviews) lastStart = Math.max(lastStart, interview.startedAt);
  const window = RETURN_WINDOW_DAYS * DAY_MS;
  const byCandidate = new Map<string, InterviewFacts[]>();
  for (const interview of interviews) {
    const own = byCandidate.get(interview.candidateId);
    if (own) own.push(interview);
    else byCandidate.set(interview.candidateId, [interview]);
  }
  for (const own of byCandidate.values()) {
    own.sort((a, b) => a.startedAt - b.startedAt);
    own.forEach((interview, index) => {
      if (interview.startedAt > lastStart - window) return;
      const tally = result.get(interview.interviewerId) ?? { eligible: 0, returned: 0 };
      tally.eligible++;
      // The next interview strictly later in time (one at the very same moment is not "after").
      let next = index + 1;
      while (next < own.length && (own[next] as InterviewFacts).startedAt === interview.startedAt) next++;
      const following = own[next];
      if (following && following.startedAt - interview.startedAt <= window) tally.returned++;
      result.set(interview.interviewerId, tally);
    });
  }
  return result;
}
