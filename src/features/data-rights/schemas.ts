import { z } from "zod";
import { MAX_RETENTION_MONTHS } from "../../domain/candidate/data-policy.js";
import { Id, Timestamp } from "../shared/schemas.js";

export const DataPolicyResponse = z
  .object({
    retentionMonths: z
      .number()
      .nullable()
      .describe("Months after a candidate's last activity before a daily job erases them; null keeps them."),
    legalHold: z
      .object({
        reason: z.string(),
        since: Timestamp,
        placedBy: z.object({ id: Id, name: z.string().nullable() }),
      })
      .nullable()
      .describe("While set, no candidate is erased, by request or by retention."),
  })
  .meta({ id: "DataPolicy" });

export const RetentionBody = z.object({
  retentionMonths: z
    .number({ error: "expected a whole number of months, or null" })
    .int("expected a whole number of months")
    .min(1, "expected at least 1 month")
    .max(MAX_RETENTION_MONTHS, `expected at most ${MAX_RETENTION_MONTHS} months`)
    .nullable(),
});

export const LegalHoldBody = z.object({
  reason: z
    .string({ error: "expected why the hold is placed" })
    .trim()
    .min(3, "expected why the hold is placed (at least 3 characters)")
    .max(500, "expected at most 500 characters"),
});

export const ErasureResponse = z
  .object({
    candidateId: Id,
    erasedAt: Timestamp,
    interviews: z.number().describe("Interviews of the candidate: kept, anonymous, for analytics."),
    notes: z.number().describe("Notes whose text was erased."),
    codeSnapshots: z.number().describe("Code snapshots deleted."),
    feedbackVersions: z.number().describe("Released feedback versions whose text was erased."),
    emails: z.number().describe("Messages to or about the candidate deleted."),
  })
  .meta({ id: "Erasure" });

export type DataPolicyBody = z.infer<typeof DataPolicyResponse>;
export type ErasureBody = z.infer<typeof ErasureResponse>;
