import { z } from "zod";
import { Email, Id, PersonName, queryInt, Timestamp } from "../shared/schemas.js";

export const CandidateSummary = z
  .object({
    id: Id,
    name: z.string(),
    email: z.string().nullable(),
    externalId: z.string().nullable(),
    interviews: z.number(),
    lastInterviewAt: Timestamp.nullable(),
    erasedAt: Timestamp.nullable().describe("When the candidate's personal data was erased; null if it was not."),
  })
  .meta({ id: "CandidateSummary" });

export const CandidateCsvQuery = z.object({
  search: z.string().max(200, "expected at most 200 characters").optional(),
});

export const CandidateListQuery = z.object({
  search: z.string().max(200, "expected at most 200 characters").optional(),
  limit: queryInt(1, 200, 50),
  offset: queryInt(0, 1_000_000_000, 0),
});

export const CandidateList = z
  .object({ candidates: z.array(CandidateSummary), total: z.number() })
  .meta({ id: "CandidateList" });

export const CreateCandidateBody = z
  .object({
    name: PersonName,
    email: Email.optional(),
    externalId: z
      .string()
      .trim()
      .min(1)
      .max(200, "expected at most 200 characters")
      .optional()
      .describe("The candidate's id in your ATS."),
  })
  .meta({ id: "CreateCandidateRequest" });

export const Outcome = z
  .object({ id: Id, at: Timestamp, passed: z.boolean(), company: z.string().nullable(), stage: z.string().nullable() })
  .meta({ id: "Outcome" });

export const Offer = z
  .object({ id: Id, at: Timestamp, accepted: z.boolean(), feedbackGiven: z.boolean() })
  .meta({ id: "Offer" });

export const CreateOutcomeBody = z
  .object({
    at: Timestamp.describe("When the later interview happened (RFC 3339)."),
    passed: z.boolean({ error: "expected true or false" }),
    company: z.string().trim().max(200).optional(),
    stage: z.string().trim().max(200).optional(),
  })
  .meta({ id: "CreateOutcomeRequest" });

export const CreateOfferBody = z
  .object({
    at: Timestamp,
    accepted: z.boolean({ error: "expected true or false" }),
    feedbackGiven: z
      .boolean({ error: "expected true or false" })
      .describe("Whether the candidate got feedback during that hiring process."),
  })
  .meta({ id: "CreateOfferRequest" });

export const CandidateInterview = z
  .object({
    id: Id,
    externalId: z.string().nullable(),
    startedAt: Timestamp.nullable(),
    scheduledAt: Timestamp.nullable(),
    stage: z.string().nullable(),
    interviewer: z.object({ id: Id, name: z.string() }),
    question: z.object({ id: Id, title: z.string() }).nullable(),
    assessment: z
      .object({ overall: z.number(), advance: z.boolean(), scores: z.record(z.string(), z.number()) })
      .nullable(),
    selfAssessment: z
      .object({
        overall: z.number().nullable(),
        thinksPassed: z.boolean().nullable(),
        scores: z.record(z.string(), z.number()),
      })
      .nullable(),
    wouldReturn: z.number().nullable(),
    feedbackSharedAt: Timestamp.nullable(),
  })
  .meta({ id: "CandidateInterview" });

export const CandidateDetail = z
  .object({
    id: Id,
    name: z.string(),
    email: z.string().nullable(),
    externalId: z.string().nullable(),
    createdAt: Timestamp,
    erasedAt: Timestamp.nullable().describe("When the candidate's personal data was erased; null if it was not."),
    interviews: z.array(CandidateInterview),
    outcomes: z.array(Outcome),
    offers: z.array(Offer),
  })
  .meta({ id: "CandidateDetail" });

export const CandidateChildParams = z.object({ id: Id, childId: Id });

export type CandidateDetailResponse = z.infer<typeof CandidateDetail>;
export type CandidateSummaryResponse = z.infer<typeof CandidateSummary>;
export type OutcomeResponse = z.infer<typeof Outcome>;
export type OfferResponse = z.infer<typeof Offer>;

const Loose = z.record(z.string(), z.unknown());
export const CandidateExport = z
  .object({
    format: z.literal("debrief-candidate-export"),
    version: z.literal(1),
    exportedAt: Timestamp,
    candidate: Loose,
    interviews: z.array(Loose),
    outcomes: z.array(Loose),
    offers: z.array(Loose),
  })
  .meta({ id: "CandidateExport" });
