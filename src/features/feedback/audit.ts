// The audit log: what was released, corrected or overridden, who signed in or failed to, what someone was
// refused, what was exported or erased, by whom and when. Entries are only added (a trigger refuses the
// rest: drizzle/0004_data_rights.sql), except that an erasure redacts what they said about the candidate.
import { and, eq } from "drizzle-orm";
import type { Db } from "../../data/database.js";
import { auditLog } from "../../data/feedback-schema.js";
import { users } from "../../data/schema.js";
import { newId } from "../auth/secrets.js";
import { beforeCursor, newestFirst } from "../shared/page-before.js";

export type AuditAction =
  | "feedback.released"
  | "feedback.corrected"
  | "feedback.lint_overridden"
  | "feedback.settings_changed"
  | "feedback.link_issued"
  | "feedback.link_revoked"
  | "auth.signed_in"
  | "auth.refused"
  | "auth.sign_in_failed"
  | "candidate.exported"
  | "candidate.erased"
  | "candidate.erasure_refused"
  | "data.policy_changed"
  | "data.legal_hold_placed"
  | "data.legal_hold_lifted"
  | "data.retention_held";

export async function recordAudit(
  db: Db,
  entry: {
    orgId: string;
    /** Who did it; null for Debrief's own scheduled work (a retention run). */
    actorId: string | null;
    action: AuditAction;
    interviewId?: string;
    details?: Record<string, unknown>;
  },
) {
  await db.insert(auditLog).values({
    orgId: entry.orgId,
    id: newId(),
    actorId: entry.actorId,
    action: entry.action,
    interviewId: entry.interviewId ?? null,
    details: entry.details ?? {},
  });
}

export function listAudit(
  db: Db,
  orgId: string,
  query: { interviewId?: string; before?: string; beforeId?: string; limit: number },
) {
  return db
    .select({ entry: auditLog, actorName: users.name })
    .from(auditLog)
    .leftJoin(users, and(eq(users.orgId, auditLog.orgId), eq(users.id, auditLog.actorId)))
    .where(
      and(
        eq(auditLog.orgId, orgId),
        query.interviewId ? eq(auditLog.interviewId, query.interviewId) : undefined,
        beforeCursor(auditLog.at, auditLog.id, query.before, query.beforeId),
      ),
    )
    .orderBy(...newestFirst(auditLog.at, auditLog.id))
    .limit(query.limit);
}
