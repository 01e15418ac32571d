// The safety net under email delivery. A message is queued in its change's transaction and delivery is
// asked for after the commit; if the process dies in between, or in the middle of a send, nothing else
// would ever pick the message up. The sweep finds such messages and asks again.
import { and, eq, lt, notExists, sql } from "drizzle-orm";
import { emailMessages } from "../data/candidate-schema.js";
import type { Db } from "../data/database.js";
import type { EmailKey } from "../features/email/deliver.js";

export const EMAIL_QUEUE = "email.deliver";

/** A send takes seconds; a message "sending" for this long belongs to a process that died mid-send. */
const STUCK_SENDING_MS = 10 * 60_000;
/** Long enough for the request that queued a message to have asked for its delivery itself. */
const QUEUED_GRACE_MS = 60_000;
const BATCH = 500;

export interface SweepResult {
  /** Messages left "sending" by a process that died, put back in the queue. */
  reset: number;
  /** Queued messages no delivery job is waiting for: delivery must be asked for again. */
  orphaned: EmailKey[];
}

export async function sweepEmail(db: Db, { jobsSchema, now }: { jobsSchema: string; now: Date }): Promise<SweepResult> {
  const reset = await db
    .update(emailMessages)
    .set({ status: "queued", updatedAt: now })
    .where(
      and(eq(emailMessages.status, "sending"), lt(emailMessages.updatedAt, new Date(now.getTime() - STUCK_SENDING_MS))),
    )
    .returning({ id: emailMessages.id });

  // A job waiting or retrying for the message is pg-boss's to run: asking again would only race it. The
  // check reads pg-boss's own job table (state is an enum in the order created < retry < active < completed).
  const job = sql.raw(`${jobsSchema}.job`);
  const waiting = sql`(select 1 from ${job} j
    where j.name = ${EMAIL_QUEUE} and j.state < 'completed'
      and j.data->>'orgId' = ${emailMessages.orgId}::text and j.data->>'id' = ${emailMessages.id}::text)`;
  const orphaned = await db
    .select({ orgId: emailMessages.orgId, id: emailMessages.id })
    .from(emailMessages)
    .where(
      and(
        eq(emailMessages.status, "queued"),
        lt(emailMessages.updatedAt, new Date(now.getTime() - QUEUED_GRACE_MS)),
        notExists(waiting),
      ),
    )
    .limit(BATCH);
  return { reset: reset.length, orphaned };
}
