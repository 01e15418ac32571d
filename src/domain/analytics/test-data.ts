// Test-only: a seeded synthetic organisation with KNOWN interviewer strictness, built to trip naive methods:
// candidates improve with practice (every later outcome looks better than the candidate was on the day),
// strong candidates are routed to a group of interviewers who are also planted stricter than average,
// "screeners" only ever do a candidate's first interview (the longest way from their outcomes), and some
// interviewers have only a handful of interviews.
import type { AnalyticsInput, InterviewFacts, OutcomeFacts } from "./types.js";

const DAY_MS = 86_400_000;
const START = Date.UTC(2024, 0, 1);

export interface SyntheticOptions {
  seed: number;
  candidates: number;
  interviewers: number;
  /** Ability gained per earlier interview (practice); on the same scale as the candidates' sd of 1. */
  practicePerInterview: number;
  /** Expected number of later outcomes recorded after each interview. */
  outcomesPerInterview: number;
}

export interface PlantedInterviewer {
  /** > 0: scores lower than deserved (too strict); on the latent scale where the cut points are 1 apart. */
  severity: number;
  seesStrongCandidates: boolean;
  screener: boolean;
  fewInterviews: boolean;
}

export interface SyntheticOrganisation {
  input: AnalyticsInput;
  planted: Map<string, PlantedInterviewer>;
}

export const DEFAULT_SYNTHETIC: SyntheticOptions = {
  seed: 7,
  candidates: 2500,
  interviewers: 80,
  practicePerInterview: 0.25,
  outcomesPerInterview: 0.7,
};

/** Mulberry32: small, fast, and the same sequence on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateOrganisation(options: Partial<SyntheticOptions> = {}): SyntheticOrganisation {
  const settings = { ...DEFAULT_SYNTHETIC, ...options };
  const random = seededRandom(settings.seed);
  const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)] as T;

  const planted = new Map<string, PlantedInterviewer>();
  const ids: string[] = [];
  for (let j = 0; j < settings.interviewers; j++) {
    const seesStrongCandidates = j % 4 === 0;
    const screener = j % 10 === 3;
    const fewInterviews = j % 10 === 9;
    // The strong-candidate group is planted stricter on average, the case a naive average gets most wrong.
    const severity = 0.45 * normal() + (seesStrongCandidates ? 0.3 : 0);
    const id = `ivr-${j + 1}`;
    ids.push(id);
    planted.set(id, { severity, seesStrongCandidates, screener, fewInterviews });
  }
  const regular = ids.filter((id) => !planted.get(id)?.screener && !planted.get(id)?.fewInterviews);
  const strongGroup = regular.filter((id) => planted.get(id)?.seesStrongCandidates);
  const screeners = ids.filter((id) => planted.get(id)?.screener);
  const few = ids.filter((id) => planted.get(id)?.fewInterviews);

  const interviews: InterviewFacts[] = [];
  const outcomes: OutcomeFacts[] = [];
  for (let c = 0; c < settings.candidates; c++) {
    const candidateId = `cand-${c + 1}`;
    const talent = normal();
    const count = 1 + Math.floor(random() * 7);
    let at = START + Math.floor(random() * 500) * DAY_MS;
    const abilityAt = (interviewsSoFar: number) => talent + settings.practicePerInterview * interviewsSoFar;
    for (let k = 0; k < count; k++) {
      let interviewerId: string;
      if (k === 0 && random() < 0.5) interviewerId = pick(screeners);
      else if (random() < 0.005) interviewerId = pick(few);
      else if (talent > 0.5 && random() < 0.7) interviewerId = pick(strongGroup);
      else interviewerId = pick(regular);
      const interviewer = planted.get(interviewerId) as PlantedInterviewer;
      const latent = abilityAt(k) - interviewer.severity + 0.6 * normal();
      const overall = latent < -1 ? 1 : latent < 0 ? 2 : latent < 1 ? 3 : 4;
      interviews.push(makeInterview(`int-${c + 1}-${k + 1}`, candidateId, interviewerId, at, overall, random));
      // A real interview elsewhere some weeks later, reflecting the practice gained so far.
      const outcomeCount =
        Math.floor(settings.outcomesPerInterview) + (random() < settings.outcomesPerInterview % 1 ? 1 : 0);
      for (let o = 0; o < outcomeCount; o++) {
        const outcomeAt = at + (5 + Math.floor(random() * 60)) * DAY_MS;
        const ability = abilityAt(k + 1);
        outcomes.push({ candidateId, at: outcomeAt, passed: random() < 1 / (1 + Math.exp(-1.5 * ability)) });
      }
      at += (10 + Math.floor(random() * 40)) * DAY_MS;
    }
  }
  const input: AnalyticsInput = {
    candidateCount: settings.candidates,
    interviewers: ids.map((id) => ({ id, externalId: id, name: `Interviewer ${id.slice(4)}` })),
    questions: [],
    interviews,
    outcomes,
    offers: [],
  };
  return { input, planted };
}

function makeInterview(
  id: string,
  candidateId: string,
  interviewerId: string,
  startedAt: number,
  overall: number,
  random: () => number,
): InterviewFacts {
  return {
    id,
    candidateId,
    interviewerId,
    questionId: null,
    startedAt,
    overall,
    advance: overall >= 3,
    hasSelfAssessment: true,
    selfOverall: Math.max(1, Math.min(4, overall - (random() < 0.4 ? 1 : 0))),
    thinksPassed: random() < 0.6,
    wouldReturn: 1 + Math.floor(random() * 4),
    hintCount: 0,
    codingStartedSec: null,
    layerCompletedSec: [],
  };
}
