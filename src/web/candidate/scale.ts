// The words of the 1–4 scale, the interviewer's own (feedback/ScoresSection.tsx), so that a candidate's
// "3" means what the interviewer's "3" means.
export const scaleWords = ["poor", "below the bar", "at the bar", "exceptional"] as const;

/** 3 → "3 (at the bar)". */
export function scoreLabel(score: number): string {
  const word = scaleWords[score - 1];
  return word ? `${score} (${word})` : String(score);
}

/** The rating's own words: 1 = no, 4 = gladly (features/candidate-portal/schemas.ts). */
export const returnWords = ["No", "Probably not", "Probably", "Gladly"] as const;
