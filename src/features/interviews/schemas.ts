import { z } from "zod";
import { eventKinds } from "../../domain/history/kinds.js";
import { interviewStages } from "../../domain/interviews/stages.js";
import { Layer } from "../questions/schemas.js";
import { Id, queryInt, Timestamp } from "../shared/schemas.js";

const Seconds = z
  .number({ error: "expected a whole number of seconds" })
  .int("expected a whole number of seconds")
  .min(0, "expected a whole number of seconds from 0 to 86400")
  .max(86_400, "expected a whole number of seconds from 0 to 86400");

export const CreateInterviewBody = z
  .object({
    candidateId: Id,
    questionId: Id.optional(),
    interviewerId: Id.optional().describe("Defaults to the person making the request."),
    stage: z.enum(interviewStages, { error: `expected one of ${interviewStages.join(", ")}` }).optional(),
    scheduledAt: Timestamp.optional(),
    durationMinutes: z.number({ error: "expected a number of minutes" }).int().min(5).max(600).optional(),
  })
  .meta({ id: "CreateInterviewRequest" });

export const UpdateInterviewBody = z
  .object({
    questionId: Id.nullable().optional(),
    stage: z
      .enum(interviewStages, { error: `expected one of ${interviewStages.join(", ")}` })
      .nullable()
      .optional(),
    scheduledAt: Timestamp.nullable().optional(),
    durationMinutes: z.number({ error: "expected a number of minutes" }).int().min(5).max(600).optional(),
  })
  .meta({ id: "UpdateInterviewRequest" });

export const Interview = z
  .object({
    id: Id,
    externalId: z.string().nullable(),
    status: z.enum(["scheduled", "live", "finished"]),
    candidate: z.object({ id: Id, name: z.string() }),
    interviewer: z.object({ id: Id, name: z.string() }),
    question: z
      .object({ id: Id, title: z.string(), kind: z.string(), version: z.number(), layers: z.array(Layer) })
      .nullable()
      .describe("The question as this interview sees it: the version it was run on."),
    stage: z.enum(interviewStages).nullable(),
    scheduledAt: Timestamp.nullable(),
    startedAt: Timestamp.nullable(),
    endedAt: Timestamp.nullable(),
    durationMinutes: z.number(),
    createdAt: Timestamp,
  })
  .meta({ id: "Interview" });

export const InterviewListQuery = z.object({
  mine: z
    .enum(["true", "false"], { error: 'expected "true" or "false"' })
    .optional()
    .describe("Only my interviews (the default for interviewers)."),
  candidateId: Id.optional(),
  status: z.enum(["scheduled", "live", "finished"]).optional(),
  limit: queryInt(1, 200, 100),
});

export const InterviewList = z.object({ interviews: z.array(Interview) }).meta({ id: "InterviewList" });

export const CreateEventBody = z
  .object({
    clientId: z.uuid({ error: "expected a UUID made by the client" }),
    at: Seconds.describe("Seconds since the interview started, when the key was pressed."),
    kind: z.enum(eventKinds, { error: `expected one of ${eventKinds.join(", ")}` }),
    text: z.string().max(20_000, "expected at most 20000 characters").optional(),
    topic: z.string().max(100, "expected at most 100 characters").optional(),
    layer: z.number({ error: "expected a layer number" }).int().min(1).max(50).optional(),
    seq: z
      .number()
      .int()
      .min(0)
      .max(2_147_483_647)
      .optional()
      .describe("Order among events stamped with the same second."),
  })
  .meta({ id: "CreateEventRequest" });

export const UpdateEventBody = z
  .object({
    at: Seconds.optional(),
    text: z.string().max(20_000).nullable().optional(),
    topic: z.string().max(100).nullable().optional(),
    layer: z.number().int().min(1).max(50).nullable().optional(),
    deleted: z.boolean({ error: "expected true or false" }).optional().describe("false restores a deleted event."),
  })
  .meta({ id: "UpdateEventRequest" });

export const InterviewEvent = z
  .object({
    id: Id.describe("The client id the event was recorded with."),
    interviewId: Id,
    at: z.number(),
    seq: z.number(),
    kind: z.enum(eventKinds),
    text: z.string().nullable(),
    topic: z.string().nullable(),
    layer: z.number().nullable(),
    createdAt: Timestamp,
    updatedAt: Timestamp.nullable(),
    deleted: z.boolean(),
  })
  .meta({ id: "InterviewEvent" });

export const EventList = z.object({ events: z.array(InterviewEvent) }).meta({ id: "InterviewEventList" });
export const EventListQuery = z.object({
  deleted: z.enum(["true", "false"]).default("false").describe("Include deleted events (shown as such)."),
});
export const EventParams = z.object({ id: Id, eventId: Id });

export const CreateSnapshotBody = z
  .object({
    clientId: z.uuid({ error: "expected a UUID made by the client" }),
    at: Seconds,
    language: z.string().trim().min(1, "expected a language").max(40, "expected at most 40 characters"),
    code: z.string().max(200_000, "expected at most 200000 characters"),
  })
  .meta({ id: "CreateCodeSnapshotRequest" });

export const CodeSnapshot = z
  .object({ id: Id, interviewId: Id, at: z.number(), language: z.string(), code: z.string(), createdAt: Timestamp })
  .meta({ id: "CodeSnapshot" });
export const SnapshotList = z.object({ snapshots: z.array(CodeSnapshot) }).meta({ id: "CodeSnapshotList" });

export type InterviewResponse = z.infer<typeof Interview>;
export type InterviewEventResponse = z.infer<typeof InterviewEvent>;
export type CodeSnapshotResponse = z.infer<typeof CodeSnapshot>;
