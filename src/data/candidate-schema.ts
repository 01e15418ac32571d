// Tables of the candidate's side: the links feedback is read through and the sessions they turn into,
// the email Debrief sends (or keeps, without SMTP), and the second-look reminders already sent. Kept
// beside schema.ts (drizzle.config.ts reads all three) so that no file grows past a sitting.
import {
  foreignKey,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { candidates, interviewChild, users } from "./schema.js";

const now = (name: string) => timestamp(name, { withTimezone: true, mode: "date" }).notNull().defaultNow();
const at = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });

/**
 * A link a candidate reads their feedback through. Only the token's hash is kept; the token itself is
 * shown once, to whoever released the feedback, and sent by email. It works until it expires or is revoked.
 */
export const candidateLinks = pgTable(
  "candidate_links",
  {
    orgId: uuid("org_id").notNull(),
    id: uuid("id").notNull(),
    interviewId: uuid("interview_id").notNull(),
    candidateId: uuid("candidate_id").notNull(),
    tokenHash: text("token_hash").notNull(),
    createdBy: uuid("created_by").notNull(),
    createdAt: now("created_at"),
    expiresAt: at("expires_at").notNull(),
    revokedAt: at("revoked_at"),
    lastUsedAt: at("last_used_at"),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    uniqueIndex("candidate_links_token_idx").on(t.orgId, t.tokenHash),
    index("candidate_links_interview_idx").on(t.orgId, t.interviewId),
    interviewChild(t),
    foreignKey({ columns: [t.orgId, t.candidateId], foreignColumns: [candidates.orgId, candidates.id] }).onDelete(
      "cascade",
    ),
    foreignKey({ columns: [t.orgId, t.createdBy], foreignColumns: [users.orgId, users.id] }),
  ],
);

/** What a link is exchanged for: a cookie that stands for one candidate's one interview. */
export const candidateSessions = pgTable(
  "candidate_sessions",
  {
    orgId: uuid("org_id").notNull(),
    id: uuid("id").notNull(),
    linkId: uuid("link_id").notNull(),
    tokenHash: text("token_hash").notNull(),
    createdAt: now("created_at"),
    expiresAt: at("expires_at").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    uniqueIndex("candidate_sessions_token_idx").on(t.orgId, t.tokenHash),
    foreignKey({ columns: [t.orgId, t.linkId], foreignColumns: [candidateLinks.orgId, candidateLinks.id] }).onDelete(
      "cascade",
    ),
  ],
);

export const emailStatuses = ["outbox", "queued", "sending", "sent", "failed"] as const;
export type EmailStatus = (typeof emailStatuses)[number];

/**
 * Every message Debrief writes. With SMTP configured it is queued and a background job sends it
 * (status queued → sending → sent, or failed after the last retry); without SMTP it stays in the outbox
 * (status outbox), where admins read it in the app.
 */
export const emailMessages = pgTable(
  "email_messages",
  {
    orgId: uuid("org_id").notNull(),
    id: uuid("id").notNull(),
    kind: text("kind").notNull(),
    toAddress: text("to_address").notNull(),
    subject: text("subject").notNull(),
    text: text("text").notNull(),
    html: text("html"),
    status: text("status", { enum: emailStatuses }).notNull(),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
    interviewId: uuid("interview_id"),
    createdAt: now("created_at"),
    updatedAt: now("updated_at"),
    sentAt: at("sent_at"),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.id] }), index("email_messages_status_idx").on(t.status, t.updatedAt)],
);

/** Candidates due a second look whose recruiters have been reminded, so each is reminded once. */
export const secondLookReminders = pgTable(
  "second_look_reminders",
  {
    orgId: uuid("org_id").notNull(),
    interviewId: uuid("interview_id").notNull(),
    remindedAt: now("reminded_at"),
    dismissedAt: at("dismissed_at"),
    dismissedBy: uuid("dismissed_by"),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.interviewId] }), interviewChild(t)],
);
