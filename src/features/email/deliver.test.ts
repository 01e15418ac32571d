// One message's delivery against the database, with a mailer that records what it is asked to send (the
// real SMTP path is in src/jobs/boss.test.ts).
import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emailMessages } from "../../data/candidate-schema.js";
import type { Database } from "../../data/database.js";
import { createTestDatabase } from "../../test/database.js";
import { DeliveryFailed, deliverStoredEmail, type Mailer, type OutgoingEmail } from "./deliver.js";
import { queueEmail } from "./queue-email.js";

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

const orgId = randomUUID();
const smtp = { smtpUrl: "smtp://127.0.0.1:25" };

function recordingMailer(failWith?: string): Mailer & { sent: OutgoingEmail[] } {
  const sent: OutgoingEmail[] = [];
  return {
    sent,
    send: async (email) => {
      if (failWith) throw new Error(failWith);
      sent.push(email);
    },
    close: () => {},
  };
}

const queue = (delivery = smtp, html?: string) =>
  queueEmail(database.db, delivery, {
    orgId,
    kind: "test.message",
    to: "cand@example.test",
    subject: "Your feedback",
    text: "Read it here.",
    ...(html ? { html } : {}),
  });

async function row(id: string) {
  const [found] = await database.db
    .select()
    .from(emailMessages)
    .where(and(eq(emailMessages.orgId, orgId), eq(emailMessages.id, id)));
  return found;
}

describe("delivering one stored message", () => {
  it("sends a queued message once, with its parts, and marks it sent", async () => {
    const message = await queue(smtp, "<p>Read it here.</p>");
    const mailer = recordingMailer();
    expect(await deliverStoredEmail(database.db, mailer, message, 6)).toBe("sent");
    expect(mailer.sent).toEqual([
      { to: "cand@example.test", subject: "Your feedback", text: "Read it here.", html: "<p>Read it here.</p>" },
    ]);
    expect(await row(message.id)).toMatchObject({ status: "sent", attempts: 1, lastError: null });
    expect((await row(message.id))?.sentAt).toBeInstanceOf(Date);

    expect(await deliverStoredEmail(database.db, mailer, message, 6)).toBe("skipped");
    expect(mailer.sent).toHaveLength(1);
  });

  it("leaves the outbox alone", async () => {
    const message = await queue({ smtpUrl: "" });
    expect(message.status).toBe("outbox");
    const mailer = recordingMailer();
    expect(await deliverStoredEmail(database.db, mailer, message, 6)).toBe("skipped");
    expect(mailer.sent).toEqual([]);
    expect(await row(message.id)).toMatchObject({ status: "outbox", attempts: 0 });
  });

  it("sends a message asked for twice at once only once", async () => {
    const message = await queue();
    const mailer = recordingMailer();
    const outcomes = await Promise.all([
      deliverStoredEmail(database.db, mailer, message, 6),
      deliverStoredEmail(database.db, mailer, message, 6),
    ]);
    expect(outcomes.sort()).toEqual(["sent", "skipped"]);
    expect(mailer.sent).toHaveLength(1);
  });

  it("puts a failed message back in the queue with the reason, and marks it failed after the last attempt", async () => {
    const message = await queue();
    const mailer = recordingMailer("550 mailbox unavailable");
    const first = deliverStoredEmail(database.db, mailer, message, 2);
    await expect(first).rejects.toBeInstanceOf(DeliveryFailed);
    await expect(first).rejects.toMatchObject({ final: false });
    expect(await row(message.id)).toMatchObject({
      status: "queued",
      attempts: 1,
      lastError: "550 mailbox unavailable",
    });

    await expect(deliverStoredEmail(database.db, mailer, message, 2)).rejects.toMatchObject({ final: true });
    expect(await row(message.id)).toMatchObject({ status: "failed", attempts: 2, sentAt: null });
    expect(await deliverStoredEmail(database.db, recordingMailer(), message, 2)).toBe("skipped");
  });

  it("does not reach another organisation's message", async () => {
    const message = await queue();
    const mailer = recordingMailer();
    expect(await deliverStoredEmail(database.db, mailer, { orgId: randomUUID(), id: message.id }, 6)).toBe("skipped");
    expect(await row(message.id)).toMatchObject({ status: "queued", attempts: 0 });
  });
});
