// For each assessed interview, what the candidate's LATER real interviews (outcomes after `startedAt`) say
// about them: a pass share weighted toward outcomes soon after, how much evidence it rests on, and how far
// away in time it is. One sweep per candidate, newest interview first, so the work is O(n log n) overall
// however many outcomes or interviews a candidate has.
import type { InterviewFacts, OutcomeFacts } from "./types.js";

const DAY_MS = 86_400_000;

export interface OutcomeEvidence {
  interview: InterviewFacts;
  /** Weighted share of later outcomes passed, 0..1. */
  passShare: number;
  /** Number of later outcomes (unweighted): what `evidence` counts per interview is whether this is > 0. */
  laterOutcomes: number;
  /** Effective number of outcomes behind `passShare` ((sum of weights)² / sum of squared weights). */
  effectiveOutcomes: number;
  /** Weighted mean days from the interview to its later outcomes. */
  meanGapDays: number;
  /** How many of the candidate's interviews (any, assessed or not) came before this one. */
  priorInterviews: number;
  /** Weighted mean number of the candidate's interviews between this one and its later outcomes: practice. */
  interveningInterviews: number;
}

/**
 * `halfLifeDays`: an outcome this many days after the interview weighs half as much as one right after it,
 * because the candidate has since practised and the later outcome says less about them on the day.
 */
export function collectOutcomeEvidence(
  interviews: readonly InterviewFacts[],
  outcomes: readonly OutcomeFacts[],
  halfLifeDays: number,
): OutcomeEvidence[] {
  const outcomesByCandidate = groupSorted(
    outcomes,
    (outcome) => outcome.candidateId,
    (outcome) => outcome.at,
  );
  const interviewsByCandidate = groupSorted(
    interviews,
    (interview) => interview.candidateId,
    (interview) => interview.startedAt,
  );
  const decayPerDay = Math.LN2 / halfLifeDays;
  const evidence: OutcomeEvidence[] = [];
  for (const [candidateId, own] of interviewsByCandidate) {
    const later = outcomesByCandidate.get(candidateId);
    if (!later) continue;
    // Running sums over the outcomes after the current interview, with weights relative to its time.
    let weight = 0;
    let passedWeight = 0;
    let squaredWeight = 0;
    let gapWeight = 0;
    let positionWeight = 0;
    let count = 0;
    const positions = interviewsBefore(own, later);
    let next = later.length - 1;
    let previousAt: number | null = null;
    for (let index = own.length - 1; index >= 0; index--) {
      const interview = own[index] as InterviewFacts;
      if (previousAt !== null) {
        // Moving back in time by `days`: every gap grows by `days`, every weight shrinks by `factor`.
        const days = (previousAt - interview.startedAt) / DAY_MS;
        const factor = Math.exp(-decayPerDay * days);
        gapWeight = factor * (gapWeight + days * weight);
        weight *= factor;
        passedWeight *= factor;
        positionWeight *= factor;
        squaredWeight *= factor * factor;
      }
      previousAt = interview.startedAt;
      for (; next >= 0 && (later[next] as OutcomeFacts).at > interview.startedAt; next--) {
        const outcome = later[next] as OutcomeFacts;
        const days = (outcome.at - interview.startedAt) / DAY_MS;
        const w = Math.exp(-decayPerDay * days);
        weight += w;
        squaredWeight += w * w;
        gapWeight += w * days;
        positionWeight += w * (positions[next] as number);
        if (outcome.passed) passedWeight += w;
        count++;
      }
      if (interview.overall === null || count === 0 || weight <= 0) continue;
      evidence.push({
        interview,
        passShare: passedWeight / weight,
        laterOutcomes: count,
        effectiveOutcomes: squaredWeight > 0 ? (weight * weight) / squaredWeight : 1,
        meanGapDays: gapWeight / weight,
        priorInterviews: index,
        interveningInterviews: positionWeight / weight - (index + 1),
      });
    }
  }
  return evidence;
}

/** For each outcome (sorted), how many of the candidate's interviews (sorted) started before it. */
function interviewsBefore(interviews: readonly InterviewFacts[], outcomes: readonly OutcomeFacts[]): number[] {
  const counts: number[] = [];
  let before = 0;
  for (const outcome of outcomes) {
    while (before < interviews.length && (interviews[before] as InterviewFacts).startedAt < outcome.at) before++;
    counts.push(before);
  }
  return counts;
}

function groupSorted<T>(items: readonly T[], keyOf: (item: T) => string, timeOf: (item: T) => number) {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  for (const group of groups.values()) group.sort((a, b) => timeOf(a) - timeOf(b));
  return groups;
}
