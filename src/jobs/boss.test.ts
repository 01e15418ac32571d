// Background jobs for real: pg-boss on the test database (PGlite, or PostgreSQL in the postgres project)
// delivering to an SMTP server running in this process.
import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { emailMessages } from "../data/candidate-schema.js";
import type { Database, Db } from "../data/database.js";
import { queueEmail } from "../features/email/queue-email.js";
import { type Config, loadConfig } from "../server/config.js";
import { createTestDatabase } from "../test/database.js";
import { freePort } from "../test/process.js";
import { TestSmtpServer } from "../test/smtp-server.js";
import { type RunningJobs, startJobs } from "./boss.js";
import { emailingJob, type JobContext } from "./scheduled.js";

const smtp = new TestSmtpServer();
let database: Database;
let running: RunningJobs | undefined;
const orgId = randomUUID();
const quiet = { info: () => {}, warn: () => {}, error: () => {} };

beforeAll(async () => {
  database = await createTestDatabase();
  await smtp.start();
});
afterEach(async () => {
  await running?.stop();
  running = undefined;
});
afterAll(async () => {
  await smtp.stop();
  await database.close();
});

function configWith(env: Record<string, string>): Config {
  const config = loadConfig({ LOG_LEVEL: "silent", EMAIL_FROM: "Debrief <debrief@example.test>", ...env });
  config.database = database.target;
  return config;
}

async function start(config: Config, options: Partial<Parameters<typeof startJobs>[0]> = {}) {
  running = await startJobs({
    database,
    config,
    log: quiet,
    pollingIntervalSeconds: 0.5,
    emailRetry: { limit: 2, delaySeconds: 1, backoff: false },
    ...options,
  });
  return running;
}

const viaTestServer = () => configWith({ SMTP_URL: `smtp://127.0.0.1:${smtp.port}` });

/** Queues a message the way a release does: in a transaction, delivery asked for after it commits. */
async function queueInTransaction(config: Config, subject: string) {
  return database.db.transaction((tx) =>
    queueEmail(tx as unknown as Db, config, {
      orgId,
      kind: "test.message",
      to: `cand-${randomUUID().slice(0, 8)}@example.test`,
      subject,
      text: `Hello,\nthis is ${subject}.`,
    }),
  );
}

async function row(id: string) {
  const [found] = await database.db
    .select()
    .from(emailMessages)
    .where(and(eq(emailMessages.orgId, orgId), eq(emailMessages.id, id)));
  if (!found) throw new Error(`message ${id} is gone`);
  return found;
}

async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out; last seen: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const receivedWithSubject = (subject: string) => smtp.received.filter((m) => m.raw.includes(`Subject: ${subject}`));

describe("email delivery through pg-boss", () => {
  it("sends a queued message over SMTP and marks it sent", async () => {
    const config = viaTestServer();
    const jobs = await start(config);
    const queued = await queueInTransaction(config, "Delivered at once");
    expect(queued.status).toBe("queued");
    await jobs.jobs.deliverEmail([queued]);

    const sent = await eventually(
      () => row(queued.id),
      (r) => r.status === "sent",
    );
    expect(sent).toMatchObject({ attempts: 1, lastError: null });
    const [message] = receivedWithSubject("Delivered at once");
    expect(message?.to).toEqual([sent.toAddress]);
    expect(message?.from).toBe("debrief@example.test");
    expect(message?.raw).toContain(`To: ${sent.toAddress}`);
    expect(message?.raw).toContain("Hello,\r\nthis is Delivered at once.");
  });

  it("keeps a refused message queued with the server's reason, then sends it on the retry", async () => {
    const config = viaTestServer();
    const jobs = await start(config);
    smtp.refuse = 1;
    const queued = await queueInTransaction(config, "Refused once");
    await jobs.jobs.deliverEmail([queued]);

    const waiting = await eventually(
      () => row(queued.id),
      (r) => r.attempts === 1 && r.status === "queued",
    );
    expect(waiting.lastError).toContain("550");
    expect(receivedWithSubject("Refused once")).toHaveLength(0);

    const sent = await eventually(
      () => row(queued.id),
      (r) => r.status === "sent",
    );
    expect(sent.attempts).toBe(2);
    expect(receivedWithSubject("Refused once")).toHaveLength(1);
  });

  it("gives up after the last retry when the server is down", async () => {
    const config = configWith({ SMTP_URL: `smtp://127.0.0.1:${await freePort()}` });
    const jobs = await start(config, { emailRetry: { limit: 1, delaySeconds: 0, backoff: false } });
    const queued = await queueInTransaction(config, "Nobody listening");
    await jobs.jobs.deliverEmail([queued]);

    const failed = await eventually(
      () => row(queued.id),
      (r) => r.status === "failed",
    );
    expect(failed.attempts).toBe(2);
    expect(failed.lastError).toMatch(/ECONNREFUSED|connect/i);
  });

  it("keeps messages in the outbox and sends nothing without SMTP_URL", async () => {
    const config = configWith({});
    const jobs = await start(config);
    const queued = await queueInTransaction(config, "Outbox only");
    expect(queued.status).toBe("outbox");
    await jobs.jobs.deliverEmail([queued]);
    await jobs.runNow("email.sweep");
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(await row(queued.id)).toMatchObject({ status: "outbox", attempts: 0 });
    expect(receivedWithSubject("Outbox only")).toHaveLength(0);
  });

  it("sweeps up a message whose process died before asking for delivery, and one that died mid-send", async () => {
    const config = viaTestServer();
    const jobs = await start(config);
    const orphan = await queueInTransaction(config, "Orphaned");
    const stuck = await queueInTransaction(config, "Stuck sending");
    const ago = (minutes: number) => new Date(Date.now() - minutes * 60_000);
    await database.db
      .update(emailMessages)
      .set({ updatedAt: ago(2) })
      .where(eq(emailMessages.id, orphan.id));
    await database.db
      .update(emailMessages)
      .set({ status: "sending", attempts: 1, updatedAt: ago(11) })
      .where(eq(emailMessages.id, stuck.id));

    await jobs.runNow("email.sweep");
    await eventually(
      () => row(orphan.id),
      (r) => r.status === "sent",
    );
    // Put back in the queue now; asked for again once the sweep sees it queued for a while.
    expect(await row(stuck.id)).toMatchObject({ status: "queued", attempts: 1 });
    await database.db
      .update(emailMessages)
      .set({ updatedAt: ago(2) })
      .where(eq(emailMessages.id, stuck.id));
    await jobs.runNow("email.sweep");
    const resent = await eventually(
      () => row(stuck.id),
      (r) => r.status === "sent",
    );
    expect(resent.attempts).toBe(2);
    expect(receivedWithSubject("Orphaned")).toHaveLength(1);
    expect(receivedWithSubject("Stuck sending")).toHaveLength(1);
  });

  it("does not ask again for a message whose delivery job is waiting to retry", async () => {
    const config = viaTestServer();
    const jobs = await start(config, { emailRetry: { limit: 2, delaySeconds: 60, backoff: false } });
    smtp.refuse = 1;
    const queued = await queueInTransaction(config, "Waiting to retry");
    await jobs.jobs.deliverEmail([queued]);
    await eventually(
      () => row(queued.id),
      (r) => r.attempts === 1 && r.status === "queued",
    );
    await database.db
      .update(emailMessages)
      .set({ updatedAt: new Date(Date.now() - 120_000) })
      .where(eq(emailMessages.id, queued.id));
    await jobs.runNow("email.sweep");
    const { rows } = await database.executeSql(
      "select count(*)::int as count from pgboss.job where name = 'email.deliver' and data->>'id' = $1",
      [queued.id],
    );
    expect(rows).toEqual([{ count: 1 }]);
    expect(await row(queued.id)).toMatchObject({ status: "queued", attempts: 1 });
  });
});

describe("scheduled jobs", () => {
  it("runs a job on demand with the moment it started, and keeps its schedule in pg-boss", async () => {
    const seen: JobContext[] = [];
    const jobs = await start(configWith({}), {
      scheduled: [{ name: "test.nightly", cron: "0 3 * * *", run: async (context) => void seen.push(context) }],
    });
    await jobs.runNow("test.nightly");
    expect(seen).toHaveLength(1);
    expect(seen[0]?.now).toBeInstanceOf(Date);
    const { rows } = await database.executeSql("select name, cron from pgboss.schedule order by name");
    expect(rows).toEqual([
      { name: "email.sweep", cron: "* * * * *" },
      { name: "test.nightly", cron: "0 3 * * *" },
    ]);
    await expect(jobs.runNow("test.unknown")).rejects.toThrow("no scheduled job named test.unknown");
  });

  it("delivers what an emailing job queues, once its transaction commits", async () => {
    const config = viaTestServer();
    const reminder = emailingJob("test.reminder", "0 8 * * *", async (db, jobConfig, now) => [
      await queueEmail(db, jobConfig, {
        orgId,
        kind: "test.reminder",
        to: "recruiter@example.test",
        subject: `Reminder of ${now.toISOString()}`,
        text: "Time for a second look.",
      }),
    ]);
    const jobs = await start(config, { scheduled: [reminder] });
    await jobs.runNow("test.reminder");
    await eventually(
      async () => smtp.received.filter((m) => m.raw.includes("Subject: Reminder of")),
      (found) => found.length === 1,
    );
    // A schedule dropped from the list is dropped from pg-boss at the next start.
    await jobs.stop();
    await start(config);
    const { rows } = await database.executeSql("select name from pgboss.schedule");
    expect(rows).toEqual([{ name: "email.sweep" }]);
  });
});

describe("the raw SQL pg-boss runs on", () => {
  it("answers the last statement's rows, and a failed batch leaves the connection usable", async () => {
    expect((await database.executeSql("select 1 as a; select 2 as b")).rows).toEqual([{ b: 2 }]);
    await expect(database.executeSql("begin; select 1; select 1/0; commit;")).rejects.toThrow(/division by zero/);
    expect((await database.executeSql("select $1::int as x", [7])).rows).toEqual([{ x: 7 }]);
    expect((await database.db.select({ id: emailMessages.id }).from(emailMessages).limit(1)).length).toBeLessThan(2);
  });
});
