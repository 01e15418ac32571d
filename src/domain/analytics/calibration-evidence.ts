// For each assessed interview, what the candidate's LATER real interviews (outcomes after `startedAt`) say
// about them: a pass share weighted toward outcomes soon after, how much evidence it rests on, and how far
// away it is in time and in practice. Candidates are interned to integers and both lists bucketed by
// candidate (counting sort), then one sweep per candidate, newest interview first, keeps running sums: the
// work is O(n log n) however many outcomes or interviews a candidate has, with no per-row objects.
import type { InterviewFacts, OutcomeFacts } from "./types.js";

const DAY_MS = 86_400_000;

/** One row per assessed interview with at least one later outcome; columns as typed arrays. */
export interface OutcomeEvidence {
  rows: number;
  interviews: InterviewFacts[];
  /** Weighted share of later outcomes passed, 0..1. */
  passShare: Float64Array;
  /** Number of later outcomes (unweighted). */
  laterOutcomes: Float64Array;
  /** Effective number of outcomes behind `passShare`: (Σw)² / Σw². */
  effectiveOutcomes: Float64Array;
  /** Weighted mean days from the interview to its later outcomes. */
  meanGapDays: Float64Array;
  /** How many of the candidate's interviews (any, assessed or not) came before this one. */
  priorInterviews: Float64Array;
  /** Weighted mean number of the candidate's interviews between this one and its later outcomes: practice. */
  interveningInterviews: Float64Array;
}

/**
 * `halfLifeDays`: an outcome this many days after the interview weighs half as much as one right after it,
 * because the candidate has since practised and the later outcome says less about them on the day.
 */
export function collectOutcomeEvidence(
  interviews: readonly InterviewFacts[],
  outcomes: readonly OutcomeFacts[],
  halfLifeDays: number,
): OutcomeEvidence {
  const candidateIndex = new Map<string, number>();
  const interviewCandidate = new Int32Array(interviews.length);
  interviews.forEach((interview, i) => {
    let index = candidateIndex.get(interview.candidateId);
    if (index === undefined) {
      index = candidateIndex.size;
      candidateIndex.set(interview.candidateId, index);
    }
    interviewCandidate[i] = index;
  });
  // Outcomes of candidates without interviews can calibrate nothing: bucket them past the end.
  const outcomeCandidate = new Int32Array(outcomes.length);
  const outcomeTimes = new Float64Array(outcomes.length);
  outcomes.forEach((outcome, k) => {
    outcomeCandidate[k] = candidateIndex.get(outcome.candidateId) ?? -1;
    outcomeTimes[k] = outcome.at;
  });
  const interviewTimes = new Float64Array(interviews.length);
  interviews.forEach((interview, i) => {
    interviewTimes[i] = interview.startedAt;
  });
  const candidates = candidateIndex.size;
  const byCandidate = bucketByCandidate(interviewCandidate, interviewTimes, candidates);
  const outcomesByCandidate = bucketByCandidate(outcomeCandidate, outcomeTimes, candidates);

  const capacity = interviews.length;
  const evidence: OutcomeEvidence = {
    rows: 0,
    interviews: [],
    passShare: new Float64Array(capacity),
    laterOutcomes: new Float64Array(capacity),
    effectiveOutcomes: new Float64Array(capacity),
    meanGapDays: new Float64Array(capacity),
    priorInterviews: new Float64Array(capacity),
    interveningInterviews: new Float64Array(capacity),
  };
  const decayPerDay = Math.LN2 / halfLifeDays;
  // For each outcome (by its slot in the bucketed order), how many of its candidate's interviews started before it.
  const before = new Int32Array(outcomesByCandidate.order.length);
  for (let c = 0; c < candidates; c++) {
    const firstOutcome = outcomesByCandidate.starts[c] as number;
    const endOutcome = outcomesByCandidate.starts[c + 1] as number;
    if (firstOutcome === endOutcome) continue;
    const firstInterview = byCandidate.starts[c] as number;
    const endInterview = byCandidate.starts[c + 1] as number;
    for (let k = firstOutcome, seen = firstInterview; k < endOutcome; k++) {
      const at = outcomeTimes[outcomesByCandidate.order[k] as number] as number;
      while (seen < endInterview && (interviewTimes[byCandidate.order[seen] as number] as number) < at) seen++;
      before[k] = seen - firstInterview;
    }
    // Running sums over the outcomes after the current interview, with weights relative to its time.
    let weight = 0;
    let passedWeight = 0;
    let squaredWeight = 0;
    let gapWeight = 0;
    let positionWeight = 0;
    let count = 0;
    let next = endOutcome - 1;
    let previousAt = Number.NaN;
    for (let slot = endInterview - 1; slot >= firstInterview; slot--) {
      const interview = interviews[byCandidate.order[slot] as number] as InterviewFacts;
      const startedAt = interview.startedAt;
      if (!Number.isNaN(previousAt)) {
        // Moving back in time by `days`: every gap grows by `days`, every weight shrinks by `factor`.
        const days = (previousAt - startedAt) / DAY_MS;
        const factor = Math.exp(-decayPerDay * days);
        gapWeight = factor * (gapWeight + days * weight);
        weight *= factor;
        passedWeight *= factor;
        positionWeight *= factor;
        squaredWeight *= factor * factor;
      }
      previousAt = startedAt;
      for (; next >= firstOutcome; next--) {
        const outcome = outcomes[outcomesByCandidate.order[next] as number] as OutcomeFacts;
        if (outcome.at <= startedAt) break;
        const days = (outcome.at - startedAt) / DAY_MS;
        const w = Math.exp(-decayPerDay * days);
        weight += w;
        squaredWeight += w * w;
        gapWeight += w * days;
        positionWeight += w * (before[next] as number);
        if (outcome.passed) passedWeight += w;
        count++;
      }
      if (interview.overall === null || count === 0 || weight <= 0) continue;
      const row = evidence.rows++;
      const prior = slot - firstInterview;
      evidence.interviews.push(interview);
      evidence.passShare[row] = passedWeight / weight;
      evidence.laterOutcomes[row] = count;
      evidence.effectiveOutcomes[row] = squaredWeight > 0 ? (weight * weight) / squaredWeight : 1;
      evidence.meanGapDays[row] = gapWeight / weight;
      evidence.priorInterviews[row] = prior;
      evidence.interveningInterviews[row] = positionWeight / weight - (prior + 1);
    }
  }
  return trimmed(evidence);
}

/**
 * Indices grouped by candidate (counting sort), each group in time order: `order[starts[c]..starts[c+1])`.
 * Entries with candidate -1 are left out.
 */
function bucketByCandidate(candidateOf: Int32Array, times: Float64Array, candidates: number) {
  const starts = new Int32Array(candidates + 1);
  for (const c of candidateOf) if (c >= 0) starts[c + 1] = (starts[c + 1] as number) + 1;
  for (let c = 0; c < candidates; c++) starts[c + 1] = (starts[c + 1] as number) + (starts[c] as number);
  const order = new Int32Array(starts[candidates] as number);
  const fill = starts.slice(0, candidates);
  candidateOf.forEach((c, i) => {
    if (c < 0) return;
    order[fill[c] as number] = i;
    fill[c] = (fill[c] as number) + 1;
  });
  for (let c = 0; c < candidates; c++) sortByTime(order, starts[c] as number, starts[c + 1] as number, times);
  return { starts, order };
}

/** Sorts order[from..to) by time: insertion sort for the usual handful, the built-in sort beyond. */
function sortByTime(order: Int32Array, from: number, to: number, times: Float64Array): void {
  if (to - from > 32) {
    order.subarray(from, to).sort((a, b) => (times[a] as number) - (times[b] as number));
    return;
  }
  for (let i = from + 1; i < to; i++) {
    const item = order[i] as number;
    const time = times[item] as number;
    let j = i - 1;
    while (j >= from && (times[order[j] as number] as number) > time) {
      order[j + 1] = order[j] as number;
      j--;
    }
    order[j + 1] = item;
  }
}

function trimmed(evidence: OutcomeEvidence): OutcomeEvidence {
  const n = evidence.rows;
  return {
    rows: n,
    interviews: evidence.interviews,
    passShare: evidence.passShare.subarray(0, n),
    laterOutcomes: evidence.laterOutcomes.subarray(0, n),
    effectiveOutcomes: evidence.effectiveOutcomes.subarray(0, n),
    meanGapDays: evidence.meanGapDays.subarray(0, n),
    priorInterviews: evidence.priorInterviews.subarray(0, n),
    interveningInterviews: evidence.interveningInterviews.subarray(0, n),
  };
}
