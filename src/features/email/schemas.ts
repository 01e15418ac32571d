// The email outbox's requests and responses. The web app imports this file, so it holds zod and nothing
// of the server's.
import { z } from "zod";
import { Id, queryInt, Timestamp } from "../shared/schemas.js";

/** The same statuses as the table's (data/candidate-schema.ts); present.ts checks that they agree. */
export const emailStatusValues = ["outbox", "queued", "sending", "sent", "failed"] as const;
export const EmailStatus = z
  .enum(emailStatusValues, { error: `expected one of ${emailStatusValues.join(", ")}` })
  .describe(
    "outbox: kept here, SMTP is not configured; queued: waiting to be sent (again); sending: being sent now; sent: the SMTP server took it; failed: every attempt failed.",
  );

export const EmailQuery = z.object({
  status: EmailStatus.optional(),
  before: Timestamp.optional().describe("Messages created before this time, for the next page."),
  beforeId: Id.optional().describe(
    "With `before`: the id of the last message shown, so none of its millisecond is skipped.",
  ),
  limit: queryInt(1, 200, 50),
});

export const EmailSummary = z
  .object({
    id: Id,
    kind: z.string().describe("What the message is for, e.g. feedback.released."),
    to: z.string(),
    subject: z.string(),
    status: EmailStatus,
    attempts: z.number().int().describe("Sends tried so far."),
    lastError: z.string().nullable().describe("The last failed attempt's reason, as the SMTP server gave it."),
    createdAt: Timestamp,
    sentAt: Timestamp.nullable(),
    interviewId: Id.nullable(),
  })
  .meta({ id: "EmailSummary" });

export const EmailList = z
  .object({
    delivery: z
      .enum(["smtp", "outbox"])
      .describe("smtp: messages are sent through SMTP_URL; outbox: SMTP is not configured, messages stay here."),
    messages: z.array(EmailSummary),
  })
  .meta({ id: "EmailList" });

export const EmailMessage = EmailSummary.extend({
  text: z.string().describe("The plain-text part, which every message has."),
  html: z.string().nullable(),
}).meta({ id: "EmailMessage" });

export type EmailStatusValue = z.infer<typeof EmailStatus>;
export type EmailSummaryResponse = z.infer<typeof EmailSummary>;
export type EmailListResponse = z.infer<typeof EmailList>;
export type EmailMessageResponse = z.infer<typeof EmailMessage>;
