// How long an organisation keeps a candidate's personal data, and the legal hold that stops any erasure
// while it lasts (a dispute, an audit, a regulator's request). Both are the admins' to set.
import { addMonths } from "./policy.js";

export interface LegalHold {
  /** Why the hold was placed, as the admin wrote it: shown to everyone whose erasure it stops. */
  reason: string;
  since: string;
  placedBy: string;
}

export interface DataPolicy {
  /** Months after a candidate's last activity before they are erased; null keeps them until someone asks. */
  retentionMonths: number | null;
  legalHold: LegalHold | null;
}

export const MAX_RETENTION_MONTHS = 240;

/**
 * Candidates whose last activity is before this moment are due for erasure. Activity is anything that
 * happened with them: being added, an interview, a later outcome or offer.
 */
export function retentionCutoff(retentionMonths: number, now: Date): Date {
  return addMonths(now, -retentionMonths);
}

/** What an erased candidate is called wherever their name used to be. */
export const ERASED_NAME = "Erased candidate";
