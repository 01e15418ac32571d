// Requests and responses of the assessment, the feedback draft, releases, the organisation's feedback
// settings and the audit log. The vocabularies come from domain/feedback/assessment.ts, so the browser,
// the server and the drafter agree on every answer, score and annotation kind.
import { z } from "zod";
import { annotationKinds, checklistAnswers, checklistItems, scoreValues } from "../../domain/feedback/assessment.js";
import { SharedLink } from "../feedback-links/schemas.js";
import { Id, queryInt, Timestamp } from "../shared/schemas.js";
import { LintFinding } from "./lint-schemas.js";

const itemIds = checklistItems.map((item) => item.id) as [string, ...string[]];
const Line = z.number({ error: "expected a line number" }).int().min(1, "expected a line number from 1");
const Comment = z.string().trim().max(5_000, "expected at most 5000 characters");
const ScoreValue = z
  .number({ error: "expected a score from 1 to 4" })
  .int()
  .refine((n) => (scoreValues as readonly number[]).includes(n), "expected a score from 1 to 4");

export const EvidenceLink = z.discriminatedUnion(
  "kind",
  [
    z.object({ kind: z.literal("event"), eventId: Id }),
    z.object({ kind: z.literal("code"), snapshotId: Id, startLine: Line, endLine: Line }),
  ],
  { error: "expected evidence of kind event (with eventId) or code (with snapshotId, startLine, endLine)" },
);

export const ChecklistResponse = z.object({
  itemId: z.enum(itemIds, { error: `expected one of ${itemIds.join(", ")}` }),
  answer: z.enum(checklistAnswers, { error: `expected one of ${checklistAnswers.join(", ")}` }),
  comment: Comment.default(""),
  evidence: z.array(EvidenceLink).max(50, "expected at most 50 links").default([]),
  complexityMistakes: z
    .array(
      z.object({
        aspect: z.enum(["time", "space"], { error: "expected time or space" }),
        claimed: z.string().trim().min(1, "expected what they claimed").max(100),
        actual: z.string().trim().min(1, "expected what it is").max(100),
        subject: z.string().trim().min(1, "expected what the claim was about").max(300),
      }),
    )
    .max(20)
    .optional(),
});

export const CodeAnnotation = z.object({
  snapshotId: Id,
  startLine: Line,
  endLine: Line,
  kind: z.enum(annotationKinds, { error: `expected one of ${annotationKinds.join(", ")}` }),
  comment: Comment.min(1, "expected a comment"),
});

export const AssessmentBody = z
  .object({
    checklist: z.array(ChecklistResponse).max(checklistItems.length),
    scores: z.record(z.string().min(1).max(60), ScoreValue),
    overall: ScoreValue,
    advance: z.boolean({ error: "expected true (advance) or false" }),
    annotations: z.array(CodeAnnotation).max(200, "expected at most 200 annotations").default([]),
    scoreReasons: z
      .record(z.string().min(1).max(60), z.string().trim().max(2_000, "expected at most 2000 characters"))
      .default({})
      .describe('Why each score, by dimension id or "overall": the candidate reads it beside their own view.'),
  })
  .meta({ id: "AssessmentRequest" });

export const Assessment = z
  .object({
    interviewId: Id,
    checklist: z.array(ChecklistResponse),
    scores: z.record(z.string(), z.number()),
    overall: z.number(),
    advance: z.boolean(),
    annotations: z.array(CodeAnnotation),
    scoreReasons: z.record(z.string(), z.string()),
    updatedAt: Timestamp,
  })
  .meta({ id: "Assessment" });

export const FeedbackPolicy = z.object({
  includeOutcome: z.boolean({ error: "expected true or false" }),
  includeScores: z.boolean({ error: "expected true or false" }),
});

export const ScoreDimension = z.object({
  id: z
    .string()
    .regex(/^[a-z][a-zA-Z0-9]{0,39}$/, "expected an id in camelCase, starting with a letter (e.g. systemDesign)"),
  label: z.string().trim().min(1, "expected a label").max(60, "expected at most 60 characters"),
});

export const CandidatePolicy = z.object({
  linkDays: z
    .number({ error: "expected a number of days" })
    .int("expected a whole number of days")
    .min(1, "expected at least 1 day")
    .max(365, "expected at most 365 days")
    .describe("How long a candidate's feedback link works."),
  secondLookMonths: z
    .number({ error: "expected a number of months" })
    .int("expected a whole number of months")
    .min(1, "expected at least 1 month")
    .max(60, "expected at most 60 months")
    .describe("When a candidate not advanced comes up for a second look."),
});

export const FeedbackSettings = z
  .object({
    policy: FeedbackPolicy,
    scoreDimensions: z.array(ScoreDimension).max(10, "expected at most 10"),
    candidatePolicy: CandidatePolicy,
  })
  .meta({ id: "FeedbackSettings" });

export const FeedbackSettingsBody = FeedbackSettings.extend({
  candidatePolicy: CandidatePolicy.optional().describe("Left as it is when omitted."),
}).meta({ id: "FeedbackSettingsRequest" });
export type FeedbackSettingsInput = z.infer<typeof FeedbackSettingsBody>;

const FeedbackText = z.string().max(100_000, "expected at most 100000 characters");

export const DraftBody = z.object({ text: FeedbackText }).meta({ id: "FeedbackDraftRequest" });

export const ReleaseBody = z
  .object({
    text: FeedbackText.refine((text) => text.trim() !== "", "expected the feedback to release"),
    overrideReason: z
      .string()
      .trim()
      .min(10, "expected a reason of at least 10 characters")
      .max(2_000)
      .optional()
      .describe("Required when the linter finds an error-level problem; kept in the audit log."),
  })
  .meta({ id: "FeedbackReleaseRequest" });

export const FeedbackVersion = z
  .object({
    version: z.number(),
    text: z.string(),
    findings: z.array(LintFinding),
    overrideReason: z.string().nullable(),
    releasedBy: z.object({ id: Id, name: z.string() }),
    releasedAt: Timestamp,
  })
  .meta({ id: "FeedbackVersion" });

export const Feedback = z
  .object({
    interviewId: Id,
    draft: z.object({ text: z.string(), updatedAt: Timestamp }).nullable(),
    versions: z.array(FeedbackVersion).describe("Released versions, the newest first."),
  })
  .meta({ id: "Feedback" });

export const ReleaseResult = Feedback.extend({
  share: SharedLink.describe("The candidate's link to this release, and the email that carries it."),
}).meta({ id: "FeedbackReleaseResult" });
export type ReleaseResultResponse = z.infer<typeof ReleaseResult>;

export const SuggestedDraft = z
  .object({
    text: z.string(),
    benchmarksFrom: z
      .enum(["history", "author", "none"])
      .describe("history: the organisation's interviews on this question; author: its expected minutes."),
  })
  .meta({ id: "SuggestedFeedbackDraft" });

export const AuditEntry = z.object({
  id: Id,
  at: Timestamp,
  actor: z.object({ id: Id, name: z.string() }).nullable(),
  action: z.string(),
  interviewId: Id.nullable(),
  details: z.record(z.string(), z.unknown()),
});
export const AuditLog = z.object({ entries: z.array(AuditEntry) }).meta({ id: "AuditLog" });
export const AuditQuery = z.object({
  interviewId: Id.optional(),
  before: Timestamp.optional().describe("Entries before this time, for the next page."),
  beforeId: Id.optional().describe(
    "With `before`: the id of the last entry shown, so none of its millisecond is skipped.",
  ),
  limit: queryInt(1, 500, 100),
});

export type AssessmentInput = z.infer<typeof AssessmentBody>;
export type AssessmentResponse = z.infer<typeof Assessment>;
export type FeedbackResponse = z.infer<typeof Feedback>;
export type FeedbackSettingsResponse = z.infer<typeof FeedbackSettings>;
export type AuditEntryResponse = z.infer<typeof AuditEntry>;

const Tiers = z.object({ low: z.number().nullable(), mid: z.number().nullable(), top: z.number().nullable() });

export const InterviewBenchmarks = z
  .object({
    interviews: z.number().describe("Other assessed interviews of this question the figures rest on."),
    layers: z.array(
      z.object({
        layer: z.number(),
        title: z.string(),
        topMedianMinutes: z.number().nullable().describe("How long the strongest performers take, from history."),
        expectedMinutes: z.number().nullable().describe("The question author's estimate, used while history is thin."),
      }),
    ),
    medianHintsByTier: Tiers,
    medianLayersByTier: Tiers,
    topMedianCodingStartMinutes: z.number().nullable(),
    summary: z.string(),
  })
  .meta({ id: "InterviewBenchmarks" });
export type InterviewBenchmarksResponse = z.infer<typeof InterviewBenchmarks>;
