// Slows down guessing (candidate link tokens, passwords, invitation links): after too many failures for one
// key (an address, an account) in a window, every attempt for that key is refused until the window has
// passed, a right one included (otherwise a guesser could keep going until one lands). Counted in the
// database (table guess_failures), so every process sharing it sees one count: a guesser spread over the
// processes behind a load balancer meets the same limit as one talking to a single process.
import { createHash } from "node:crypto";
import { and, eq, gt, lt, sql } from "drizzle-orm";
import type { Db } from "../../data/database.js";
import { guessFailures } from "../../data/schema.js";

export interface Throttle {
  /** Milliseconds until `key` may try again, or 0 when it may try now. */
  retryAfter(key: string, now?: number): Promise<number>;
  /** Counts one attempt against `key`: a failed guess, or for sign-up every attempt. */
  count(key: string, now?: number): Promise<void>;
}

const digest = (key: string) => createHash("sha256").update(key).digest("hex");

/**
 * `scope` names what is guessed ("sign-in:address"); `db` is asked for at each call, so the throttle can be
 * made before the database is. The window opens at a key's first failure and lasts `windowMs`.
 */
export function createThrottle(options: { scope: string; limit: number; windowMs: number; db: () => Db }): Throttle {
  const { scope, limit, windowMs } = options;
  return {
    async retryAfter(key, now = Date.now()) {
      const [row] = await options
        .db()
        .select({ windowStart: guessFailures.windowStart, failures: guessFailures.failures })
        .from(guessFailures)
        .where(
          and(
            eq(guessFailures.scope, scope),
            eq(guessFailures.keyDigest, digest(key)),
            gt(guessFailures.windowStart, new Date(now - windowMs)),
          ),
        );
      if (!row || row.failures < limit) return 0;
      return Math.max(1, row.windowStart.getTime() + windowMs - now);
    },
    async count(key, now = Date.now()) {
      const at = new Date(now);
      const expired = sql`${guessFailures.windowStart} <= ${new Date(now - windowMs).toISOString()}::timestamptz`;
      // One statement, so two processes failing at once both count: a window past its end starts afresh.
      await options
        .db()
        .insert(guessFailures)
        .values({ scope, keyDigest: digest(key), windowStart: at, failures: 1 })
        .onConflictDoUpdate({
          target: [guessFailures.scope, guessFailures.keyDigest],
          set: {
            failures: sql`case when ${expired} then 1 else ${guessFailures.failures} + 1 end`,
            windowStart: sql`case when ${expired} then ${at.toISOString()}::timestamptz else ${guessFailures.windowStart} end`,
          },
        });
    },
  };
}

/** Forgets windows that ended more than a day ago (the daily prune job): nothing else ever reads them. */
export async function pruneGuessFailures(db: Db, now = new Date()): Promise<void> {
  await db.delete(guessFailures).where(lt(guessFailures.windowStart, new Date(now.getTime() - 24 * 60 * 60 * 1000)));
}
