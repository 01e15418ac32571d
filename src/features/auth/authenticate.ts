// Establishes who a request acts for: a Bearer API token if the request carries one, otherwise the
// session cookie. The organisation always comes from here, never from the request body.
import type { FastifyRequest } from "fastify";
import type { Db } from "../../data/database.js";
import { forbidden, unauthenticated } from "../../domain/errors.js";
import type { Principal } from "../../domain/policies.js";
import { resolveApiToken } from "../tokens/api-tokens.js";
import { cachedPrincipal, rememberPrincipal } from "./principal-cache.js";
import { isCrossSite } from "./same-origin.js";
import { hashSecret } from "./secrets.js";
import { resolveSession, SESSION_COOKIE } from "./sessions.js";

const resolved = new WeakMap<FastifyRequest, Principal | undefined>();
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export async function currentPrincipal(db: Db, request: FastifyRequest): Promise<Principal | undefined> {
  if (resolved.has(request)) return resolved.get(request);
  let principal: Principal | undefined;
  const header = request.headers.authorization;
  if (header !== undefined) {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) throw unauthenticated("The Authorization header must be 'Bearer <API token>'.");
    const token = match[1] as string;
    principal = await remembered(`token:${hashSecret(token)}`, () => resolveApiToken(db, token));
    if (!principal) throw unauthenticated("The API token is not valid: it may have been revoked.");
  } else {
    const cookie = request.cookies[SESSION_COOKIE];
    // A cookie goes with every request the browser makes, whichever site asks: a change another site asks
    // for is refused (CSRF). A Bearer token is never sent by the browser on its own, so it needs no check.
    if (cookie && !SAFE_METHODS.has(request.method) && isCrossSite(request)) {
      throw forbidden("A change asked for by another site is refused.");
    }
    if (cookie) principal = await remembered(sessionCacheKey(cookie), () => resolveSession(db, cookie));
  }
  resolved.set(request, principal);
  return principal;
}

export const sessionCacheKey = (cookie: string) => `session:${hashSecret(cookie)}`;

async function remembered(key: string, resolve: () => Promise<Principal | undefined>) {
  const cached = cachedPrincipal(key);
  if (cached) return cached;
  const principal = await resolve();
  // Only a credential that works is remembered: a wrong one is looked up every time.
  if (principal) rememberPrincipal(key, principal);
  return principal;
}

/** Who the request was established to act for, if it got that far (for the audit of a refusal). */
export function establishedPrincipal(request: FastifyRequest): Principal | undefined {
  return resolved.get(request);
}

/** The request's principal, or a 401. */
export async function requirePrincipal(db: Db, request: FastifyRequest): Promise<Principal> {
  const principal = await currentPrincipal(db, request);
  if (!principal) throw unauthenticated();
  return principal;
}

/** Asks a named policy; a refusal is a 403. */
export function authorize(allowed: boolean, message?: string): void {
  if (!allowed) throw forbidden(message);
}
