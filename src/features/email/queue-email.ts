// Writing a message down is part of the change that causes it (a release, a reminder), in the same
// transaction: a release that rolls back sends nothing. Sending is a background job's work (deliver.ts),
// asked for once the transaction has committed (Jobs.deliverEmail), so no request waits on SMTP.

import { type EmailStatus, emailMessages } from "../../data/candidate-schema.js";
import type { Db } from "../../data/database.js";
import { newId } from "../auth/secrets.js";

export interface NewEmail {
  orgId: string;
  /** What the message is for, e.g. "feedback.released", "second_look.due". */
  kind: string;
  to: string;
  subject: string;
  /** The plain-text part; every message has one. */
  text: string;
  html?: string;
  interviewId?: string;
}

export interface QueuedEmail {
  orgId: string;
  id: string;
  status: EmailStatus;
}

/** Stores the message: queued for SMTP when it is configured, otherwise kept in the outbox admins read. */
export async function queueEmail(db: Db, delivery: { smtpUrl?: string }, email: NewEmail): Promise<QueuedEmail> {
  const id = newId();
  const status: EmailStatus = delivery.smtpUrl ? "queued" : "outbox";
  await db.insert(emailMessages).values({
    orgId: email.orgId,
    id,
    kind: email.kind,
    toAddress: email.to,
    subject: email.subject,
    text: email.text,
    html: email.html ?? null,
    status,
    interviewId: email.interviewId ?? null,
  });
  return { orgId: email.orgId, id, status };
}
