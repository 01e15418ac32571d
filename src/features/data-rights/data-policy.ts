// The organisation's data policy: how long candidates are kept, and whether a legal hold stops erasure.
// Every change is in the audit log, with what it was before.
import { and, eq } from "drizzle-orm";
import type { Db } from "../../data/database.js";
import { organizations, users } from "../../data/schema.js";
import type { DataPolicy } from "../../domain/candidate/data-policy.js";
import { notFound } from "../../domain/errors.js";
import { recordAudit } from "../feedback/audit.js";

export interface DataPolicyView extends DataPolicy {
  /** The name of whoever placed the hold, for the settings page. */
  legalHoldPlacedByName: string | null;
}

export async function getDataPolicy(db: Db, orgId: string): Promise<DataPolicyView> {
  const [org] = await db
    .select({ retentionMonths: organizations.retentionMonths, legalHold: organizations.legalHold })
    .from(organizations)
    .where(eq(organizations.orgId, orgId));
  if (!org) throw notFound("The organisation");
  let placedBy: string | null = null;
  if (org.legalHold) {
    const [person] = await db
      .select({ name: users.name })
      .from(users)
      .where(and(eq(users.orgId, orgId), eq(users.id, org.legalHold.placedBy)));
    placedBy = person?.name ?? null;
  }
  return { retentionMonths: org.retentionMonths, legalHold: org.legalHold, legalHoldPlacedByName: placedBy };
}

export async function setRetention(db: Db, orgId: string, actorId: string, retentionMonths: number | null) {
  const before = await getDataPolicy(db, orgId);
  await db.update(organizations).set({ retentionMonths }).where(eq(organizations.orgId, orgId));
  await recordAudit(db, {
    orgId,
    actorId,
    action: "data.policy_changed",
    details: { before: { retentionMonths: before.retentionMonths }, after: { retentionMonths } },
  });
  return getDataPolicy(db, orgId);
}

/**
 * Places the hold, or rewrites the reason of the one in place (which keeps its start). Setting what is
 * already set changes nothing, so a repeated request is harmless.
 */
export async function placeLegalHold(db: Db, orgId: string, actorId: string, reason: string, now = new Date()) {
  const before = await getDataPolicy(db, orgId);
  if (before.legalHold?.reason === reason) return before;
  const legalHold = before.legalHold
    ? { ...before.legalHold, reason }
    : { reason, since: now.toISOString(), placedBy: actorId };
  await db.update(organizations).set({ legalHold }).where(eq(organizations.orgId, orgId));
  await recordAudit(db, {
    orgId,
    actorId,
    action: "data.legal_hold_placed",
    details: before.legalHold ? { reason, replaces: before.legalHold.reason } : { reason },
  });
  return getDataPolicy(db, orgId);
}

/** Lifts the hold; with none in place it changes nothing. */
export async function liftLegalHold(db: Db, orgId: string, actorId: string) {
  const before = await getDataPolicy(db, orgId);
  if (!before.legalHold) return before;
  await db.update(organizations).set({ legalHold: null }).where(eq(organizations.orgId, orgId));
  await recordAudit(db, {
    orgId,
    actorId,
    action: "data.legal_hold_lifted",
    details: { reason: before.legalHold.reason, since: before.legalHold.since },
  });
  return getDataPolicy(db, orgId);
}
