// The database schema. Every table carries org_id and every primary key starts with it, so the
// whole schema can be distributed by organisation (Citus) without changing a query.
import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  boolean,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

import type { LegalHold } from "../domain/candidate/data-policy.js";
import type { CandidatePolicy } from "../domain/candidate/policy.js";
import type {
  ChecklistResponse,
  CodeAnnotation,
  FeedbackPolicy,
  ScoreDimension,
} from "../domain/feedback/assessment.js";
import { type EventKind, eventKinds, type QuestionKind, questionKinds } from "../domain/history/kinds.js";
import { type Role, roles } from "../domain/roles.js";

export type { EventKind, QuestionKind, Role };

const createdAt = () => timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow();
const at = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });

export const organizations = pgTable("organizations", {
  orgId: uuid("org_id").primaryKey(),
  name: text("name").notNull(),
  // What candidates may see beyond the feedback itself (domain/feedback/assessment.ts: FeedbackPolicy).
  feedbackPolicy: jsonb("feedback_policy")
    .$type<FeedbackPolicy>()
    .notNull()
    .default({ includeOutcome: false, includeScores: false }),
  // Dimensions the organisation scores beside the built-in ones.
  scoreDimensions: jsonb("score_dimensions").$type<ScoreDimension[]>().notNull().default([]),
  // How long candidate links work, when a candidate comes up for a second look (domain/candidate/policy.ts).
  candidatePolicy: jsonb("candidate_policy")
    .$type<CandidatePolicy>()
    .notNull()
    .default({ linkDays: 90, secondLookMonths: 6 }),
  // Months after a candidate's last activity when a scheduled job erases them; null keeps them until asked.
  retentionMonths: integer("retention_months"),
  // While set, no candidate is erased, by request or by retention (domain/candidate/data-policy.ts).
  legalHold: jsonb("legal_hold").$type<LegalHold>(),
  createdAt: createdAt(),
});

export const users = pgTable(
  "users",
  {
    orgId: uuid("org_id")
      .notNull()
      .references(() => organizations.orgId),
    id: uuid("id").notNull(),
    name: text("name").notNull(),
    // Null for people who only appear in imported history without an email.
    email: text("email"),
    role: text("role", { enum: roles }).notNull(),
    // The source system's id, for people brought in by a history import.
    externalId: text("external_id"),
    // Null for people who cannot sign in (for instance interviewers brought in by an import).
    passwordHash: text("password_hash"),
    deactivatedAt: at("deactivated_at"),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    uniqueIndex("users_org_email_idx").on(t.orgId, sql`lower(${t.email})`),
    uniqueIndex("users_org_external_idx").on(t.orgId, t.externalId),
    // Sign-in arrives with an email and no organisation.
    index("users_email_idx").on(sql`lower(${t.email})`),
  ],
);

export const sessions = pgTable(
  "sessions",
  {
    orgId: uuid("org_id").notNull(),
    id: uuid("id").notNull(),
    userId: uuid("user_id").notNull(),
    tokenHash: text("token_hash").notNull(),
    createdAt: createdAt(),
    lastSeenAt: at("last_seen_at").notNull().defaultNow(),
    expiresAt: at("expires_at").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    uniqueIndex("sessions_token_idx").on(t.orgId, t.tokenHash),
    index("sessions_user_idx").on(t.orgId, t.userId),
    foreignKey({ columns: [t.orgId, t.userId], foreignColumns: [users.orgId, users.id] }).onDelete("cascade"),
  ],
);

export const invitations = pgTable(
  "invitations",
  {
    orgId: uuid("org_id").notNull(),
    id: uuid("id").notNull(),
    email: text("email").notNull(),
    role: text("role", { enum: roles }).notNull(),
    tokenHash: text("token_hash").notNull(),
    invitedBy: uuid("invited_by").notNull(),
    createdAt: createdAt(),
    expiresAt: at("expires_at").notNull(),
    acceptedAt: at("accepted_at"),
    revokedAt: at("revoked_at"),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    uniqueIndex("invitations_token_idx").on(t.orgId, t.tokenHash),
    foreignKey({ columns: [t.orgId, t.invitedBy], foreignColumns: [users.orgId, users.id] }),
  ],
);

export const apiTokens = pgTable(
  "api_tokens",
  {
    orgId: uuid("org_id").notNull(),
    id: uuid("id").notNull(),
    userId: uuid("user_id").notNull(),
    name: text("name").notNull(),
    tokenHash: text("token_hash").notNull(),
    createdAt: createdAt(),
    lastUsedAt: at("last_used_at"),
    revokedAt: at("revoked_at"),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    uniqueIndex("api_tokens_token_idx").on(t.orgId, t.tokenHash),
    index("api_tokens_user_idx").on(t.orgId, t.userId),
    foreignKey({ columns: [t.orgId, t.userId], foreignColumns: [users.orgId, users.id] }).onDelete("cascade"),
  ],
);

/** A layer of a question as an interview saw it. */
export interface QuestionLayer {
  title: string;
  description?: string;
  expectedMinutes?: number;
  guide?: string;
}

export const candidates = pgTable(
  "candidates",
  {
    orgId: uuid("org_id").notNull(),
    id: uuid("id").notNull(),
    externalId: text("external_id"),
    name: text("name").notNull(),
    email: text("email"),
    // Set when the candidate's personal data was erased (features/candidates/erase-candidate.ts): the row
    // stays, nameless, so the interviews and outcomes analytics count still belong to one person.
    erasedAt: at("erased_at"),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    uniqueIndex("candidates_org_external_idx").on(t.orgId, t.externalId),
  ],
);

export const questions = pgTable(
  "questions",
  {
    orgId: uuid("org_id").notNull(),
    id: uuid("id").notNull(),
    externalId: text("external_id"),
    title: text("title").notNull(),
    kind: text("kind", { enum: questionKinds }).notNull().default("coding"),
    durationMinutes: integer("duration_minutes").notNull().default(45),
    statement: text("statement").notNull().default(""),
    // Interviews point at the version they were run on, so editing a question never rewrites history.
    currentVersion: integer("current_version").notNull().default(1),
    archivedAt: at("archived_at"),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    uniqueIndex("questions_org_external_idx").on(t.orgId, t.externalId),
  ],
);

export const questionVersions = pgTable(
  "question_versions",
  {
    orgId: uuid("org_id").notNull(),
    questionId: uuid("question_id").notNull(),
    version: integer("version").notNull(),
    layers: jsonb("layers").$type<QuestionLayer[]>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.questionId, t.version] }),
    foreignKey({ columns: [t.orgId, t.questionId], foreignColumns: [questions.orgId, questions.id] }).onDelete(
      "cascade",
    ),
  ],
);

export const interviews = pgTable(
  "interviews",
  {
    orgId: uuid("org_id").notNull(),
    id: uuid("id").notNull(),
    externalId: text("external_id"),
    candidateId: uuid("candidate_id").notNull(),
    interviewerId: uuid("interviewer_id").notNull(),
    questionId: uuid("question_id"),
    questionVersion: integer("question_version"),
    stage: text("stage"),
    scheduledAt: at("scheduled_at"),
    startedAt: at("started_at"),
    endedAt: at("ended_at"),
    durationMinutes: integer("duration_minutes"),
    feedbackSharedAt: at("feedback_shared_at"),
    // A digest of the imported record, so a re-import can tell "unchanged" without comparing every field.
    sourceHash: text("source_hash"),
    // A summary of the events, kept by whoever writes events, so analytics never scans every event.
    hintCount: integer("hint_count").notNull().default(0),
    codingStartedSec: integer("coding_started_sec"),
    layerCompletedSec: jsonb("layer_completed_sec").$type<(number | null)[]>().notNull().default([]),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    uniqueIndex("interviews_org_external_idx").on(t.orgId, t.externalId),
    index("interviews_candidate_idx").on(t.orgId, t.candidateId),
    index("interviews_interviewer_idx").on(t.orgId, t.interviewerId),
    // The interview list's order: when it happened or will (features/interviews/interviews.ts).
    index("interviews_when_idx").on(t.orgId, sql`coalesce(${t.startedAt}, ${t.scheduledAt}, ${t.createdAt})`),
    index("interviews_question_idx").on(t.orgId, t.questionId),
    foreignKey({ columns: [t.orgId, t.candidateId], foreignColumns: [candidates.orgId, candidates.id] }),
    foreignKey({ columns: [t.orgId, t.interviewerId], foreignColumns: [users.orgId, users.id] }),
    foreignKey({ columns: [t.orgId, t.questionId], foreignColumns: [questions.orgId, questions.id] }),
  ],
);

export const interviewChild = (t: { orgId: AnyPgColumn; interviewId: AnyPgColumn }) =>
  foreignKey({ columns: [t.orgId, t.interviewId], foreignColumns: [interviews.orgId, interviews.id] }).onDelete(
    "cascade",
  );

export const assessments = pgTable(
  "assessments",
  {
    orgId: uuid("org_id").notNull(),
    interviewId: uuid("interview_id").notNull(),
    scores: jsonb("scores").$type<Record<string, number>>().notNull().default({}),
    overall: smallint("overall").notNull(),
    advance: boolean("advance").notNull(),
    // The post-interview checklist and the code walk-through; imported history carries neither.
    checklist: jsonb("checklist").$type<ChecklistResponse[]>().notNull().default([]),
    annotations: jsonb("annotations").$type<CodeAnnotation[]>().notNull().default([]),
    // Why each score: shown to the candidate beside their own view of that dimension.
    scoreReasons: jsonb("score_reasons").$type<Record<string, string>>().notNull().default({}),
    createdAt: createdAt(),
    updatedAt: at("updated_at"),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.interviewId] }), interviewChild(t)],
);

export const selfAssessments = pgTable(
  "self_assessments",
  {
    orgId: uuid("org_id").notNull(),
    interviewId: uuid("interview_id").notNull(),
    scores: jsonb("scores").$type<Record<string, number>>().notNull().default({}),
    overall: smallint("overall"),
    thinksPassed: boolean("thinks_passed"),
    // Written answers to the prompts of domain/feedback/self-assessment-prompts.ts, by prompt id.
    answers: jsonb("answers").$type<Record<string, string>>().notNull().default({}),
    // Who wrote it down: the candidate through their link, or at the debrief screen at the interview's end.
    source: text("source", { enum: ["candidate", "debrief", "import"] })
      .notNull()
      .default("import"),
    createdAt: createdAt(),
    updatedAt: at("updated_at"),
    // Set when the candidate first opens the feedback: from then on their own view stays as it was.
    lockedAt: at("locked_at"),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.interviewId] }), interviewChild(t)],
);

export const candidateRatings = pgTable(
  "candidate_ratings",
  {
    orgId: uuid("org_id").notNull(),
    interviewId: uuid("interview_id").notNull(),
    wouldReturn: smallint("would_return").notNull(),
    comment: text("comment"),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.interviewId] }), interviewChild(t)],
);

export const interviewEvents = pgTable(
  "interview_events",
  {
    orgId: uuid("org_id").notNull(),
    // For events recorded live this is the client-generated id, which makes writes idempotent.
    id: uuid("id").notNull(),
    interviewId: uuid("interview_id").notNull(),
    // Order among events stamped with the same second.
    seq: integer("seq").notNull().default(0),
    at: integer("at").notNull(),
    kind: text("kind", { enum: eventKinds }).notNull(),
    text: text("text"),
    topic: text("topic"),
    layer: smallint("layer"),
    createdAt: createdAt(),
    updatedAt: at("updated_at"),
    // Deleted events are kept, so the history of what was noted stays whole.
    deletedAt: at("deleted_at"),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    index("interview_events_interview_idx").on(t.orgId, t.interviewId, t.at, t.seq),
    interviewChild(t),
  ],
);

export const outcomes = pgTable(
  "outcomes",
  {
    orgId: uuid("org_id").notNull(),
    id: uuid("id").notNull(),
    candidateId: uuid("candidate_id").notNull(),
    at: at("at").notNull(),
    passed: boolean("passed").notNull(),
    company: text("company"),
    stage: text("stage"),
    // Outcomes carry no id of their own in the history format: a digest of the record identifies it.
    dedupeKey: text("dedupe_key"),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    uniqueIndex("outcomes_org_dedupe_idx").on(t.orgId, t.dedupeKey),
    index("outcomes_candidate_idx").on(t.orgId, t.candidateId, t.at),
    foreignKey({ columns: [t.orgId, t.candidateId], foreignColumns: [candidates.orgId, candidates.id] }).onDelete(
      "cascade",
    ),
  ],
);

export const offers = pgTable(
  "offers",
  {
    orgId: uuid("org_id").notNull(),
    id: uuid("id").notNull(),
    candidateId: uuid("candidate_id").notNull(),
    at: at("at").notNull(),
    accepted: boolean("accepted").notNull(),
    feedbackGiven: boolean("feedback_given").notNull(),
    dedupeKey: text("dedupe_key"),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    uniqueIndex("offers_org_dedupe_idx").on(t.orgId, t.dedupeKey),
    index("offers_candidate_idx").on(t.orgId, t.candidateId, t.at),
    foreignKey({ columns: [t.orgId, t.candidateId], foreignColumns: [candidates.orgId, candidates.id] }).onDelete(
      "cascade",
    ),
  ],
);

/** The organisation's own hint topics, beside the built-in ones (src/domain/interviews/hint-topics.ts). */
export const hintTopics = pgTable(
  "hint_topics",
  {
    orgId: uuid("org_id").notNull(),
    slug: text("slug").notNull(),
    label: text("label").notNull(),
    createdAt: createdAt(),
    archivedAt: at("archived_at"),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.slug] })],
);

/** Every change to an event after it was recorded: what it was before, who changed it and when. */
export const interviewEventChanges = pgTable(
  "interview_event_changes",
  {
    orgId: uuid("org_id").notNull(),
    id: uuid("id").notNull(),
    eventId: uuid("event_id").notNull(),
    interviewId: uuid("interview_id").notNull(),
    changedBy: uuid("changed_by").notNull(),
    change: text("change", { enum: ["edited", "deleted", "restored"] }).notNull(),
    before: jsonb("before").$type<Record<string, unknown>>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    index("interview_event_changes_event_idx").on(t.orgId, t.eventId),
    interviewChild(t),
  ],
);

/** The candidate's code as the interviewer captured it; the last snapshot is the final solution. */
export const codeSnapshots = pgTable(
  "code_snapshots",
  {
    orgId: uuid("org_id").notNull(),
    // Client-generated, like an event's, so a retried upload is stored once.
    id: uuid("id").notNull(),
    interviewId: uuid("interview_id").notNull(),
    at: integer("at").notNull(),
    language: text("language").notNull(),
    code: text("code").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    index("code_snapshots_interview_idx").on(t.orgId, t.interviewId, t.at),
    interviewChild(t),
  ],
);

/**
 * Failed attempts at guessing (passwords, invitation and candidate links), counted in the database so that
 * every process behind a load balancer sees the same count (features/shared/throttle.ts). The one table
 * without org_id: an address or an account guessed at belongs to no one organisation, and the table is small
 * and short-lived (a distributed database keeps it as a reference table). The key is a SHA-256 digest, so
 * no address or email is stored here.
 */
export const guessFailures = pgTable(
  "guess_failures",
  {
    scope: text("scope").notNull(),
    keyDigest: text("key_digest").notNull(),
    windowStart: timestamp("window_start", { withTimezone: true, mode: "date" }).notNull(),
    failures: integer("failures").notNull(),
  },
  (t) => [primaryKey({ columns: [t.scope, t.keyDigest] }), index("guess_failures_window_idx").on(t.windowStart)],
);
