// Sends one stored message over SMTP. Runs in a background job (src/jobs/boss.ts), never inside a request:
// the request that queued the message was answered long before. The row is claimed before sending, so two
// jobs for one message (a retry and the sweep's re-ask) never both send it.
import { and, eq, sql } from "drizzle-orm";
import { createTransport } from "nodemailer";
import { emailMessages } from "../../data/candidate-schema.js";
import type { Db } from "../../data/database.js";

export interface EmailKey {
  orgId: string;
  id: string;
}

export interface OutgoingEmail {
  to: string;
  subject: string;
  text: string;
  html: string | null;
}

export interface Mailer {
  send(email: OutgoingEmail): Promise<void>;
  close(): void;
}

/** A mailer on the SMTP server of an smtp:// or smtps:// URL (credentials, if any, in the URL). */
export function smtpMailer(smtpUrl: string, from: string): Mailer {
  const transport = createTransport({
    url: smtpUrl,
    // Well inside the job's expiry, so a server that hangs fails the attempt instead of holding it.
    connectionTimeout: 30_000,
    greetingTimeout: 30_000,
    socketTimeout: 60_000,
  });
  return {
    send: async (email) => {
      await transport.sendMail({
        from,
        to: email.to,
        subject: email.subject,
        text: email.text,
        ...(email.html ? { html: email.html } : {}),
      });
    },
    close: () => transport.close(),
  };
}

export type DeliveryOutcome = "sent" | "skipped";

export class DeliveryFailed extends Error {
  constructor(
    message: string,
    /** No attempt is left: the message is marked failed and stays so. */
    readonly final: boolean,
  ) {
    super(message);
    this.name = "DeliveryFailed";
  }
}

/**
 * Sends the message if it is still queued. Skips one that is sent, failed, in the outbox or being sent by
 * another job. A failed send is recorded and thrown, so that the job is retried; after `maxAttempts` sends
 * the message is marked failed.
 */
export async function deliverStoredEmail(
  db: Db,
  mailer: Mailer,
  key: EmailKey,
  maxAttempts: number,
): Promise<DeliveryOutcome> {
  const [message] = await db
    .update(emailMessages)
    .set({ status: "sending", attempts: sql`${emailMessages.attempts} + 1`, updatedAt: new Date() })
    .where(and(ofMessage(key), eq(emailMessages.status, "queued")))
    .returning();
  if (!message) return "skipped";

  try {
    await mailer.send({ to: message.toAddress, subject: message.subject, text: message.text, html: message.html });
  } catch (error) {
    const final = message.attempts >= maxAttempts;
    const reason = describeFailure(error);
    await db
      .update(emailMessages)
      .set({ status: final ? "failed" : "queued", lastError: reason, updatedAt: new Date() })
      .where(ofMessage(key));
    throw new DeliveryFailed(`attempt ${message.attempts} of ${maxAttempts} failed: ${reason}`, final);
  }

  const now = new Date();
  await db.update(emailMessages).set({ status: "sent", sentAt: now, updatedAt: now }).where(ofMessage(key));
  return "sent";
}

const ofMessage = (key: EmailKey) => and(eq(emailMessages.orgId, key.orgId), eq(emailMessages.id, key.id));

/** What an admin reading the outbox needs: the SMTP server's answer when there is one. */
function describeFailure(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.length > 1000 ? `${text.slice(0, 999)}…` : text;
}
