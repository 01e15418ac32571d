// Tables of the feedback an interviewer writes and releases, and the audit log. Kept beside schema.ts
// (drizzle.config.ts reads both) so that neither file grows past a sitting.
import { index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import type { LintFinding } from "../domain/feedback/lint/index.js";
import type { ReleasedView } from "../domain/feedback/released-view.js";
import { interviewChild } from "./schema.js";

const now = (name: string) => timestamp(name, { withTimezone: true, mode: "date" }).notNull().defaultNow();

/** The feedback being written: one editable draft an interview, until and after release. */
export const feedbackDrafts = pgTable(
  "feedback_drafts",
  {
    orgId: uuid("org_id").notNull(),
    interviewId: uuid("interview_id").notNull(),
    text: text("text").notNull(),
    updatedBy: uuid("updated_by").notNull(),
    updatedAt: now("updated_at"),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.interviewId] }), interviewChild(t)],
);

/**
 * Released feedback: numbered versions that are only ever added, never changed, so the candidate sees
 * exactly what was released and a correction is a new version beside the old one.
 */
export const feedbackVersions = pgTable(
  "feedback_versions",
  {
    orgId: uuid("org_id").notNull(),
    interviewId: uuid("interview_id").notNull(),
    version: integer("version").notNull(),
    text: text("text").notNull(),
    // What the linter found in this text when it was released, and why it was released anyway.
    findings: jsonb("findings").$type<LintFinding[]>().notNull().default([]),
    overrideReason: text("override_reason"),
    // What the candidate sees beside the text, frozen at release: the code walk-through, the scores and
    // decision as the policy then shared them, the interviewer's reasons. Null for imported or older releases.
    releasedView: jsonb("released_view").$type<ReleasedView>(),
    releasedBy: uuid("released_by").notNull(),
    releasedAt: now("released_at"),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.interviewId, t.version] }), interviewChild(t)],
);

/** Who did what that an admin may have to account for: releases, corrections, overrides. */
export const auditLog = pgTable(
  "audit_log",
  {
    orgId: uuid("org_id").notNull(),
    id: uuid("id").notNull(),
    at: now("at"),
    actorId: uuid("actor_id"),
    action: text("action").notNull(),
    interviewId: uuid("interview_id"),
    details: jsonb("details").$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.id] }), index("audit_log_at_idx").on(t.orgId, t.at)],
);
