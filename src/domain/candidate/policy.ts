// How long a candidate's feedback link works, and when a candidate not advanced comes up for a second look:
// the organisation sets both; these are the defaults.
export interface CandidatePolicy {
  /** Days a feedback link works after it is issued. */
  linkDays: number;
  /** Months after an interview that did not advance before the candidate is offered for a second look. */
  secondLookMonths: number;
}

export const defaultCandidatePolicy: CandidatePolicy = { linkDays: 90, secondLookMonths: 6 };

export const DAY_MS = 24 * 60 * 60 * 1000;

/** When a link issued at `issuedAt` stops working. */
export function linkExpiry(policy: CandidatePolicy, issuedAt: Date): Date {
  return new Date(issuedAt.getTime() + policy.linkDays * DAY_MS);
}

/** When an interview held at `heldAt` comes due for a second look (calendar months, clamped to the month's end). */
export function secondLookDue(policy: CandidatePolicy, heldAt: Date): Date {
  return addMonths(heldAt, policy.secondLookMonths);
}

/** The same moment `months` calendar months later (or earlier, when negative), clamped to the month's end. */
export function addMonths(from: Date, months: number): Date {
  const moved = new Date(from.getTime());
  const day = moved.getUTCDate();
  moved.setUTCDate(1);
  moved.setUTCMonth(moved.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(moved.getUTCFullYear(), moved.getUTCMonth() + 1, 0)).getUTCDate();
  moved.setUTCDate(Math.min(day, lastDay));
  return moved;
}
