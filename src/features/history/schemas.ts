import { z } from "zod";

const CountsSchema = z.object({ created: z.number(), updated: z.number(), unchanged: z.number() });

export const ImportSummarySchema = z
  .object({
    lines: z.number(),
    interviewers: CountsSchema,
    candidates: CountsSchema,
    questions: CountsSchema,
    interviews: CountsSchema,
    events: z.number().describe("Events written (those of new and changed interviews)."),
    outcomes: CountsSchema,
    offers: CountsSchema,
  })
  .meta({ id: "ImportSummary" });

/** One line of the streamed import response (`Accept: application/x-ndjson`). */
export const ImportStreamLine = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("progress"),
    phase: z.enum(["reading", "writing"]),
    step: z.string(),
    done: z.number(),
    total: z.number().nullable(),
  }),
  z.object({ type: z.literal("done"), summary: ImportSummarySchema }),
  z.object({
    type: z.literal("error"),
    status: z.number(),
    error: z.object({ code: z.string(), message: z.string() }).loose(),
  }),
]);

export type ImportSummaryResponse = z.infer<typeof ImportSummarySchema>;
export type ImportStreamLineResponse = z.infer<typeof ImportStreamLine>;
