// Limits on guessing passwords and invitation links: failures are counted per address and per account (a
// guesser spread over many addresses still meets the account's limit; one address trying many accounts
// meets its own). The address is the connection's, unless DEBRIEF_TRUST_PROXY names the proxy in front,
// so a forged X-Forwarded-For does not start a guesser afresh.
import { rateLimited } from "../../domain/errors.js";
import { createThrottle, type Throttle } from "../shared/throttle.js";

const WINDOW_MS = 15 * 60 * 1000;
export const SIGN_IN_LIMITS = { perAddress: 30, perAccount: 10 };

export interface GuessingLimits {
  /** Throws a 429 when either key has had too many failures lately. */
  check(keys: { address: string; account?: string }): void;
  fail(keys: { address: string; account?: string }): void;
}

export function guessingLimits(what: string, limits: { perAddress: number; perAccount: number }): GuessingLimits {
  const byAddress: Throttle = createThrottle({ limit: limits.perAddress, windowMs: WINDOW_MS });
  const byAccount: Throttle = createThrottle({ limit: limits.perAccount, windowMs: WINDOW_MS });
  return {
    check({ address, account }) {
      const wait = Math.max(byAddress.retryAfter(address), account ? byAccount.retryAfter(account.toLowerCase()) : 0);
      if (wait > 0) {
        const minutes = Math.ceil(wait / 60_000);
        throw rateLimited(
          `Too many failed ${what}. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`,
          Math.ceil(wait / 1000),
        );
      }
    },
    fail({ address, account }) {
      byAddress.fail(address);
      if (account) byAccount.fail(account.toLowerCase());
    },
  };
}
