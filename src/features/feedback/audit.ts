// The audit log: what was released, corrected or overridden, who signed in, and what someone was refused,
// by whom and when. Entries are only added.
import { and, desc, eq, lt } from "drizzle-orm";
import type { Db } from "../../data/database.js";
import { auditLog } from "../../data/feedback-schema.js";
import { users } from "../../data/schema.js";
import { newId } from "../auth/secrets.js";

export type AuditAction =
  | "feedback.released"
  | "feedback.corrected"
  | "feedback.lint_overridden"
  | "feedback.settings_changed"
  | "feedback.link_issued"
  | "feedback.link_revoked"
  | "auth.signed_in"
  | "auth.refused"
  | "candidate.exported";

export async function recordAudit(
  db: Db,
  entry: {
    orgId: string;
    actorId: string;
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

export function listAudit(db: Db, orgId: string, query: { interviewId?: string; before?: string; limit: number }) {
  return db
    .select({ entry: auditLog, actorName: users.name })
    .from(auditLog)
    .leftJoin(users, and(eq(users.orgId, auditLog.orgId), eq(users.id, auditLog.actorId)))
    .where(
      and(
        eq(auditLog.orgId, orgId),
        query.interviewId ? eq(auditLog.interviewId, query.interviewId) : undefined,
        query.before ? lt(auditLog.at, new Date(query.before)) : undefined,
      ),
    )
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(query.limit);
}
