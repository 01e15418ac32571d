// Background work on pg-boss, a job queue kept in the app's own database (schema `pgboss`, which pg-boss
// creates and migrates itself on start), so there is no second server to run. It reaches the database
// through Database.executeSql, which works the same on embedded PGlite and on a PostgreSQL server.
import PgBoss from "pg-boss";
import type { Database } from "../data/database.js";
import {
  DeliveryFailed,
  deliverStoredEmail,
  type EmailKey,
  type Mailer,
  smtpMailer,
} from "../features/email/deliver.js";
import type { Config } from "../server/config.js";
import { EMAIL_QUEUE, sweepEmail } from "./email-sweep.js";
import type { Jobs } from "./jobs.js";
import type { ScheduledJob } from "./scheduled.js";

export const JOBS_SCHEMA = "pgboss";
export const EMAIL_SWEEP = "email.sweep";

export interface EmailRetry {
  /** Retries after the first attempt. */
  limit: number;
  delaySeconds: number;
  /** Doubles the delay after each failure (with jitter). */
  backoff: boolean;
}

/**
 * Six attempts over 15 to 30 minutes (a first pause of 30 to 60 s, doubling each time), so that a short
 * outage of the mail server loses nothing.
 */
export const defaultEmailRetry: EmailRetry = { limit: 5, delaySeconds: 30, backoff: true };

/** The part of a pino logger the jobs use (the app's logger, in `debrief serve`). */
export interface JobsLog {
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
  error(details: object, message: string): void;
}

export interface StartJobsOptions {
  database: Database;
  config: Config;
  log: JobsLog;
  /** Run on their schedules, besides the email sweep. */
  scheduled?: readonly ScheduledJob[];
  /** How often an idle worker looks for work; tests poll more often. */
  pollingIntervalSeconds?: number;
  emailRetry?: EmailRetry;
}

export interface RunningJobs {
  jobs: Jobs;
  /** Runs a scheduled job here and now, outside its schedule (tests, and an operator who cannot wait). */
  runNow(name: string): Promise<void>;
  /** Stops taking work and waits (up to 10 s) for what is running; call it before closing the database. */
  stop(): Promise<void>;
}

export async function startJobs(options: StartJobsOptions): Promise<RunningJobs> {
  const { database, config, log } = options;
  const retry = options.emailRetry ?? defaultEmailRetry;
  const pollingIntervalSeconds = options.pollingIntervalSeconds ?? 2;
  const boss = new PgBoss({
    db: { executeSql: (text, values) => database.executeSql(text, values) },
    schema: JOBS_SCHEMA,
  });
  let stopping = false;
  boss.on("error", (error) => {
    // Once stopping, a worker whose poll was already in flight may find the database closed: not news.
    if (!stopping) log.error({ err: error }, "background jobs: pg-boss reported an error");
  });
  await boss.start();

  const mailer = config.smtpUrl ? smtpMailer(config.smtpUrl, config.emailFrom) : undefined;
  const sendOptions = { retryLimit: retry.limit, retryDelay: retry.delaySeconds, retryBackoff: retry.backoff };
  let emailWorker = "";

  const jobs: Jobs = {
    deliverEmail: async (emails) => {
      if (!mailer) return;
      try {
        // An outbox message is for an admin to read, not to send.
        for (const { orgId, id } of emails.filter((email) => email.status === "queued")) {
          await boss.send(EMAIL_QUEUE, { orgId, id }, sendOptions);
        }
        boss.notifyWorker(emailWorker);
      } catch (error) {
        // The change that queued the messages has committed: it must not fail now. The sweep asks again.
        log.warn({ err: error }, "email: could not ask for delivery now; the sweep will");
      }
    },
  };

  const sweep: ScheduledJob = {
    name: EMAIL_SWEEP,
    cron: "* * * * *",
    run: async ({ now }) => {
      if (!mailer) return;
      const { reset, orphaned } = await sweepEmail(database.db, { jobsSchema: JOBS_SCHEMA, now });
      if (reset > 0) log.warn({ count: reset }, "email: messages left sending by a stopped process are queued again");
      if (orphaned.length > 0) {
        log.info({ count: orphaned.length }, "email: asking again for delivery of queued messages");
        await jobs.deliverEmail(orphaned.map((key) => ({ ...key, status: "queued" as const })));
      }
    },
  };
  const scheduled = [sweep, ...(options.scheduled ?? [])];
  const running = new Set<Promise<unknown>>();
  // Work in progress is tracked so that stop() lets it finish before the database closes.
  const track = <T>(work: Promise<T>): Promise<T> => {
    running.add(work);
    return work.finally(() => running.delete(work));
  };
  const runScheduled = (job: ScheduledJob) => job.run({ database, config, jobs, now: new Date() });

  try {
    if (mailer) {
      const queueOptions = { ...sendOptions, name: EMAIL_QUEUE, expireInSeconds: 5 * 60 };
      await boss.createQueue(EMAIL_QUEUE, queueOptions);
      await boss.updateQueue(EMAIL_QUEUE, queueOptions);
      const deliverOne = (key: EmailKey) => deliver(database, mailer, key, retry.limit + 1, log);
      emailWorker = await boss.work<EmailKey>(EMAIL_QUEUE, { pollingIntervalSeconds }, async ([job]) => {
        try {
          // Not done, so pg-boss runs it again later, here or in another process.
          if (stopping) throw new Error("shutting down before this message was sent");
          if (job) await track(deliverOne(job.data));
        } finally {
          // A backlog (after an outage, say) drains at once instead of one message per polling interval.
          boss.notifyWorker(emailWorker);
        }
      });
    }
    await scheduleAll(boss, scheduled, (job) => track(runScheduled(job)), log);
  } catch (error) {
    await boss.stop({ graceful: false, close: false });
    mailer?.close();
    throw error;
  }

  return {
    jobs,
    runNow: async (name) => {
      const job = scheduled.find((candidate) => candidate.name === name);
      if (!job) throw new Error(`There is no scheduled job named ${name}.`);
      await track(runScheduled(job));
    },
    stop: async () => {
      if (stopping) return;
      stopping = true;
      await boss.stop({ graceful: true, close: false, timeout: 10_000 });
      await Promise.allSettled(running);
      mailer?.close();
    },
  };
}

async function deliver(database: Database, mailer: Mailer, key: EmailKey, maxAttempts: number, log: JobsLog) {
  try {
    const outcome = await deliverStoredEmail(database.db, mailer, key, maxAttempts);
    if (outcome === "sent") log.info({ emailId: key.id, orgId: key.orgId }, "email: sent");
  } catch (error) {
    if (error instanceof DeliveryFailed) {
      const details = { emailId: key.id, orgId: key.orgId, reason: error.message };
      if (error.final) log.error(details, "email: delivery failed for good");
      else log.warn(details, "email: delivery failed; it will be retried");
    }
    throw error;
  }
}

/** Creates each scheduled job's queue, its schedule and its worker; drops schedules no longer in the list. */
async function scheduleAll(
  boss: PgBoss,
  scheduled: readonly ScheduledJob[],
  run: (job: ScheduledJob) => Promise<void>,
  log: JobsLog,
) {
  for (const job of scheduled) {
    // One run at a time, even across processes; a failed run is tried twice more, a minute apart.
    const queueOptions = { name: job.name, policy: "singleton" as const, retryLimit: 2, retryDelay: 60 };
    await boss.createQueue(job.name, queueOptions);
    await boss.updateQueue(job.name, queueOptions);
    await boss.schedule(job.name, job.cron, {}, job.tz ? { tz: job.tz } : {});
    // Nothing waits on a scheduled run by the second, so its worker polls at a leisurely pace.
    await boss.work(job.name, { pollingIntervalSeconds: 10 }, async () => {
      try {
        await run(job);
      } catch (error) {
        log.error({ err: error, job: job.name }, "background jobs: a scheduled job failed");
        throw error;
      }
    });
  }
  const wanted = new Set(scheduled.map((job) => job.name));
  for (const { name } of await boss.getSchedules()) {
    if (!wanted.has(name)) await boss.unschedule(name);
  }
}
