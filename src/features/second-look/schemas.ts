// The second-look list as recruiters read it.
import { z } from "zod";
import { Id, Timestamp } from "../shared/schemas.js";

const TrajectoryPoint = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("interview"),
    at: Timestamp,
    overall: z.number().nullable(),
    advance: z.boolean().nullable(),
    feedbackShared: z.boolean(),
  }),
  z.object({ kind: z.literal("outcome"), at: Timestamp, passed: z.boolean(), company: z.string().nullable() }),
  z.object({ kind: z.literal("offer"), at: Timestamp, accepted: z.boolean() }),
]);

export const SecondLook = z.object({
  candidate: z.object({ id: Id, name: z.string(), email: z.string().nullable() }),
  interview: z.object({
    id: Id,
    heldAt: Timestamp,
    questionTitle: z.string().nullable(),
    interviewerName: z.string(),
    overall: z.number(),
    feedbackSharedAt: Timestamp.nullable(),
    thoughtTheyPassed: z.boolean().nullable(),
    wouldReturn: z.number().nullable(),
  }),
  dueAt: Timestamp,
  remindedAt: Timestamp.nullable(),
  trajectory: z.array(TrajectoryPoint).describe("Interviews here, later outcomes elsewhere, offers: in time order."),
});

export const SecondLooks = z
  .object({
    months: z.number().describe("The organisation's period before a second look."),
    due: z.array(SecondLook),
    upcoming: z.array(SecondLook).describe("Coming due within 30 days."),
  })
  .meta({ id: "SecondLooks" });

export const InterviewParams = z.object({ interviewId: Id });

export type SecondLookResponse = z.infer<typeof SecondLook>;
export type SecondLooksResponse = z.infer<typeof SecondLooks>;
