// Who a credential stands for, remembered for a few seconds, so that a burst of requests (an interviewer
// taking notes) does not look the same session up in the database every time. Everything that ends or
// changes a credential in this process forgets it at once (sign-out, deactivation, a role change, a
// revoked token). Another process on the same PostgreSQL server notices such a change within TTL_MS.
import type { Principal } from "../../domain/policies.js";

export const TTL_MS = 5_000;
const MAX_ENTRIES = 10_000;

interface Entry {
  principal: Principal;
  expires: number;
}

const entries = new Map<string, Entry>();

export function cachedPrincipal(key: string, now = Date.now()): Principal | undefined {
  const entry = entries.get(key);
  if (!entry) return undefined;
  if (entry.expires <= now) {
    entries.delete(key);
    return undefined;
  }
  return entry.principal;
}

export function rememberPrincipal(key: string, principal: Principal, now = Date.now()): void {
  if (entries.size >= MAX_ENTRIES) {
    // Maps iterate in insertion order: the first key is the oldest.
    const oldest = entries.keys().next().value;
    if (oldest !== undefined) entries.delete(oldest);
  }
  entries.set(key, { principal, expires: now + TTL_MS });
}

export function forgetCredential(key: string): void {
  entries.delete(key);
}

/** Forgets every credential of one person: their sessions and their tokens. */
export function forgetPerson(orgId: string, userId: string): void {
  for (const [key, entry] of entries) {
    if (entry.principal.orgId === orgId && entry.principal.userId === userId) entries.delete(key);
  }
}
