// Limits on guessing passwords and invitation links: failures are counted per address and per account (a
// guesser spread over many addresses still meets the account's limit; one address trying many accounts
// meets its own). The address is the connection's, unless DEBRIEF_TRUST_PROXY names the proxy in front,
// so a forged X-Forwarded-For does not start a guesser afresh.
import type { Db } from "../../data/database.js";
import { rateLimited } from "../../domain/errors.js";
import { createThrottle, type Throttle } from "../shared/throttle.js";

const WINDOW_MS = 15 * 60 * 1000;
export const SIGN_IN_LIMITS = { perAddress: 30, perAccount: 10 };
/** Sign-ups (each makes an organisation) per address per hour. */
export const SIGN_UP_LIMIT = { limit: 20, windowMs: 60 * 60 * 1000 };

export interface GuessingLimits {
  /** Throws a 429 when either key has had too many failures lately. */
  check(keys: { address: string; account?: string }): Promise<void>;
  fail(keys: { address: string; account?: string }): Promise<void>;
}

/** `scope` keeps each kind of guess's count apart in the database ("sign-in", "invitation"). */
export function guessingLimits(
  what: string,
  scope: string,
  limits: { perAddress: number; perAccount: number },
  db: () => Db,
): GuessingLimits {
  const byAddress: Throttle = createThrottle({
    scope: `${scope}:address`,
    limit: limits.perAddress,
    windowMs: WINDOW_MS,
    db,
  });
  const byAccount: Throttle = createThrottle({
    scope: `${scope}:account`,
    limit: limits.perAccount,
    windowMs: WINDOW_MS,
    db,
  });
  return {
    async check({ address, account }) {
      const [forAddress, forAccount] = [
        await byAddress.retryAfter(address),
        account ? await byAccount.retryAfter(account.toLowerCase()) : 0,
      ];
      throwIfWaiting(Math.max(forAddress, forAccount), `Too many failed ${what}`);
    },
    async fail({ address, account }) {
      await byAddress.count(address);
      if (account) await byAccount.count(account.toLowerCase());
    },
  };
}

/** The 429 for a wait of `waitMs`, in minutes for people and seconds for Retry-After. */
export function throwIfWaiting(waitMs: number, tooMany: string): void {
  if (waitMs <= 0) return;
  const minutes = Math.ceil(waitMs / 60_000);
  throw rateLimited(`${tooMany}. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`, Math.ceil(waitMs / 1000));
}
