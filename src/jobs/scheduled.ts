// Work that runs on a schedule (cron), in whichever Debrief process pg-boss hands it to: one run per
// occurrence however many processes share the database. `scheduledJobs` is what `debrief serve` runs besides
// the email sweep, which src/jobs/boss.ts always adds.
import type { Database, Db } from "../data/database.js";
import { eraseExpiredCandidates } from "../features/data-rights/retention.js";
import type { QueuedEmail } from "../features/email/queue-email.js";
import { remindDueSecondLooks } from "../features/second-look/remind.js";
import { pruneGuessFailures } from "../features/shared/throttle.js";
import type { Config } from "../server/config.js";
import type { Jobs } from "./jobs.js";

export interface JobContext {
  database: Database;
  config: Config;
  jobs: Jobs;
  /** When this run started; pass it on rather than reading the clock again, so a run sees one moment. */
  now: Date;
}

export interface ScheduledJob {
  /** The queue's name: letters, digits, dots, underscores and hyphens. */
  name: string;
  /** Five-field cron, e.g. "0 8 * * *" for 08:00 every day. */
  cron: string;
  /** The time zone the cron is read in (IANA name); UTC unless given. */
  tz?: string;
  run(context: JobContext): Promise<void>;
}

/**
 * A scheduled job that writes messages (reminders, digests): `produce` runs in one transaction, and what it
 * queued is handed to delivery once that transaction commits.
 */
export function emailingJob(
  name: string,
  cron: string,
  produce: (db: Db, config: Config, now: Date) => Promise<readonly QueuedEmail[]>,
  tz?: string,
): ScheduledJob {
  return {
    name,
    cron,
    ...(tz ? { tz } : {}),
    run: async ({ database, config, jobs, now }) => {
      const queued = await database.db.transaction((tx) => produce(tx as unknown as Db, config, now));
      await jobs.deliverEmail(queued);
    },
  };
}

/** The scheduled jobs of a running Debrief, besides the email sweep. */
export const scheduledJobs: readonly ScheduledJob[] = [
  // Once a day, each candidate newly due a second look is named to their recruiters, once.
  emailingJob("second-look.remind", "0 8 * * *", remindDueSecondLooks),
  // Once a day, before anyone is at work, candidates past their organisation's retention period are erased.
  {
    name: "candidates.retention",
    cron: "30 3 * * *",
    run: async ({ database, now }) => {
      await eraseExpiredCandidates(database, now);
    },
  },
  // Every hour: guessing counts matter for 15 minutes; kept a day, they are pruned after.
  {
    name: "guess-failures.prune",
    cron: "15 * * * *",
    run: async ({ database, now }) => {
      await pruneGuessFailures(database.db, now);
    },
  },
];
