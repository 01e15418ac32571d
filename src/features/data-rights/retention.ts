// The retention job: once a day, in every organisation that sets a retention period, the candidates whose
// last activity is older than that period are erased, each in a transaction of its own so one failure
// stops nobody else's erasure. Under a legal hold nothing is erased, and the audit log says how many waited.
import { and, eq, isNotNull, isNull, lt, sql } from "drizzle-orm";
import type { Database, Db } from "../../data/database.js";
import { candidates, interviews, offers, organizations, outcomes } from "../../data/schema.js";
import { retentionCutoff } from "../../domain/candidate/data-policy.js";
import { Problem } from "../../domain/errors.js";
import { recordAudit } from "../feedback/audit.js";
import { eraseCandidate } from "./erase-candidate.js";

export interface RetentionRun {
  erased: number;
  held: number;
}

/**
 * The candidates of one organisation whose last activity (their latest interview, outcome or offer) is
 * before `cutoff`, not yet erased.
 */
export async function candidatesDueForErasure(db: Db, orgId: string, cutoff: Date): Promise<string[]> {
  // Imported candidates were added long after they interviewed: being added counts only for someone with
  // nothing else on record.
  const lastActivity = sql`coalesce(greatest(
    (select max(coalesce(${interviews.endedAt}, ${interviews.startedAt}, ${interviews.scheduledAt}, ${interviews.createdAt}))
       from ${interviews} where ${interviews.orgId} = ${candidates.orgId} and ${interviews.candidateId} = ${candidates.id}),
    (select max(${outcomes.at}) from ${outcomes} where ${outcomes.orgId} = ${candidates.orgId} and ${outcomes.candidateId} = ${candidates.id}),
    (select max(${offers.at}) from ${offers} where ${offers.orgId} = ${candidates.orgId} and ${offers.candidateId} = ${candidates.id})
  ), ${candidates.createdAt})`;
  const rows = await db
    .select({ id: candidates.id })
    .from(candidates)
    .where(and(eq(candidates.orgId, orgId), isNull(candidates.erasedAt), lt(lastActivity, cutoff)))
    .orderBy(candidates.id);
  return rows.map((row) => row.id);
}

export async function eraseExpiredCandidates(database: Database, now = new Date()): Promise<RetentionRun> {
  const db = database.db;
  const orgs = await db
    .select({
      orgId: organizations.orgId,
      retentionMonths: organizations.retentionMonths,
      legalHold: organizations.legalHold,
    })
    .from(organizations)
    .where(isNotNull(organizations.retentionMonths));
  const run: RetentionRun = { erased: 0, held: 0 };
  for (const org of orgs) {
    const cutoff = retentionCutoff(org.retentionMonths as number, now);
    const due = await candidatesDueForErasure(db, org.orgId, cutoff);
    if (due.length === 0) continue;
    if (org.legalHold) {
      run.held += due.length;
      await recordAudit(db, {
        orgId: org.orgId,
        actorId: null,
        action: "data.retention_held",
        details: { due: due.length, retentionMonths: org.retentionMonths, holdSince: org.legalHold.since },
      });
      continue;
    }
    for (const candidateId of due) {
      try {
        await db.transaction((tx) =>
          eraseCandidate(tx as unknown as Db, org.orgId, candidateId, { actorId: null, basis: "retention", now }),
        );
        run.erased++;
      } catch (error) {
        // A hold placed while the run was going stops the rest of this organisation's erasures.
        if (error instanceof Problem && error.kind === "legal_hold") break;
        // Erased meanwhile by someone else: nothing left to do for them.
        if (error instanceof Problem && error.kind === "conflict") continue;
        throw error;
      }
    }
  }
  return run;
}
