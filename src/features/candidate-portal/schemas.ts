// Requests and responses of the candidate's side: what a candidate sends and reads through their link,
// and the self-assessment the debrief screen records. Shared with the browser.
import { z } from "zod";
import { annotationKinds } from "../../domain/feedback/assessment.js";
import { selfAssessmentPrompts } from "../../domain/feedback/self-assessment-prompts.js";
import { Timestamp } from "../shared/schemas.js";

const Score = z
  .number({ error: "expected a score from 1 to 4" })
  .int("expected a whole number from 1 to 4")
  .min(1)
  .max(4);
const promptIds = selfAssessmentPrompts.map((prompt) => prompt.id) as [string, ...string[]];

export const SelfAssessmentBody = z
  .object({
    scores: z.record(z.string().min(1).max(60), Score).describe("A score on each of the interview's scales."),
    overall: Score,
    thinksPassed: z.boolean({ error: "expected true (I think I passed) or false" }),
    answers: z
      .partialRecord(
        z.enum(promptIds, { error: `expected one of ${promptIds.join(", ")}` }),
        z.string().max(5_000, "expected at most 5000 characters"),
      )
      .default({})
      .describe("Written answers to the prompts, by prompt id."),
  })
  .meta({ id: "SelfAssessmentRequest" });
export type SelfAssessmentBodyInput = z.infer<typeof SelfAssessmentBody>;

export const SelfAssessment = z
  .object({
    scores: z.record(z.string(), z.number()),
    overall: z.number().nullable(),
    thinksPassed: z.boolean().nullable(),
    answers: z.record(z.string(), z.string()),
    source: z.enum(["candidate", "debrief", "import"]),
    locked: z.boolean().describe("The candidate has opened the feedback: the self-assessment no longer changes."),
    updatedAt: Timestamp,
  })
  .meta({ id: "SelfAssessment" });

const Dimension = z.object({ id: z.string(), label: z.string() });

export const CandidateOverview = z
  .object({
    organization: z.object({ name: z.string() }),
    candidate: z.object({ name: z.string() }),
    interview: z.object({
      heldAt: Timestamp.nullable(),
      questionTitle: z.string().nullable(),
      interviewerName: z.string(),
    }),
    dimensions: z.array(Dimension).describe("The scales of the self-assessment, the interviewer's own."),
    prompts: z.array(z.object({ id: z.string(), prompt: z.string() })),
    selfAssessment: SelfAssessment.nullable(),
    feedback: z.object({ available: z.boolean(), opened: z.boolean() }),
    rating: z.object({ wouldReturn: z.number(), comment: z.string().nullable() }).nullable(),
  })
  .meta({ id: "CandidateOverview" });

export const WalkthroughBlock = z.object({
  language: z.string(),
  code: z.string(),
  at: z.number().describe("Seconds into the interview the code was captured."),
  annotations: z.array(
    z.object({ startLine: z.number(), endLine: z.number(), kind: z.enum(annotationKinds), comment: z.string() }),
  ),
});

export const CandidateFeedback = z
  .object({
    version: z.number(),
    corrected: z.boolean().describe("A correction of feedback released before."),
    releasedAt: Timestamp,
    text: z.string().describe("Markdown, exactly as released."),
    benchmarks: z.string().nullable(),
    walkthrough: z.array(WalkthroughBlock),
    scores: z
      .array(Dimension.extend({ score: z.number() }))
      .nullable()
      .describe("Only when the organisation shares scores."),
    overall: z.number().nullable(),
    outcome: z.enum(["advanced", "not_advanced"]).nullable().describe("Only when the organisation shares it."),
  })
  .meta({ id: "CandidateFeedback" });

export const Comparison = z
  .object({
    points: z.array(
      z.object({
        id: z.string(),
        label: z.string(),
        verdict: z.enum(["agree", "harder", "easier", "unanswered"]),
        candidate: z.union([z.number(), z.boolean()]).nullable(),
        interviewer: z
          .union([z.number(), z.boolean()])
          .nullable()
          .describe("Null when the organisation does not share scores."),
        reason: z.string().nullable(),
      }),
    ),
    summary: z.object({ agree: z.number(), harder: z.number(), easier: z.number(), unanswered: z.number() }),
  })
  .meta({ id: "Comparison" });

export const RatingBody = z
  .object({
    wouldReturn: z
      .number({ error: "expected 1 to 4" })
      .int()
      .min(1, "expected 1 to 4")
      .max(4, "expected 1 to 4")
      .describe("Would you interview with this interviewer again? 1 = no, 4 = gladly."),
    comment: z.string().max(2_000, "expected at most 2000 characters").optional(),
  })
  .meta({ id: "CandidateRatingRequest" });

export const Rating = z
  .object({ wouldReturn: z.number(), comment: z.string().nullable() })
  .meta({ id: "CandidateRating" });

export type CandidateOverviewResponse = z.infer<typeof CandidateOverview>;
export type CandidateFeedbackResponse = z.infer<typeof CandidateFeedback>;
export type ComparisonResponse = z.infer<typeof Comparison>;
export type SelfAssessmentResponse = z.infer<typeof SelfAssessment>;
