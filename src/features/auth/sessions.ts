// Server-side sessions: the cookie holds a random secret, the database holds its hash and the person.
import { and, eq, gt, isNull } from "drizzle-orm";
import type { Db } from "../../data/database.js";
import { organizations, sessions, users } from "../../data/schema.js";
import type { Principal } from "../../domain/policies.js";
import { forgetCredential, forgetPerson } from "./principal-cache.js";
import { hashSecret, issueSecret, newId, parseSecret } from "./secrets.js";

export const SESSION_COOKIE = "debrief_session";
export const SESSION_LIFETIME_MS = 30 * 24 * 60 * 60 * 1000;
const SESSION_PREFIX = "ses";

export async function createSession(db: Db, orgId: string, userId: string) {
  const { token, tokenHash } = issueSecret(orgId, SESSION_PREFIX);
  const expiresAt = new Date(Date.now() + SESSION_LIFETIME_MS);
  await db.insert(sessions).values({ orgId, id: newId(), userId, tokenHash, expiresAt });
  return { token, expiresAt };
}

/** The person a session cookie stands for, or undefined if the session is unknown, expired or its person deactivated. */
export async function resolveSession(db: Db, token: string): Promise<Principal | undefined> {
  const parsed = parseSecret(token, SESSION_PREFIX);
  if (!parsed) return undefined;
  const [row] = await db
    .select({ userId: users.id, role: users.role })
    .from(sessions)
    .innerJoin(users, and(eq(users.orgId, sessions.orgId), eq(users.id, sessions.userId)))
    .where(
      and(
        eq(sessions.orgId, parsed.orgId),
        eq(sessions.tokenHash, parsed.tokenHash),
        gt(sessions.expiresAt, new Date()),
        isNull(users.deactivatedAt),
      ),
    );
  return row ? { orgId: parsed.orgId, userId: row.userId, role: row.role, via: "session" } : undefined;
}

export async function endSession(db: Db, token: string): Promise<void> {
  forgetCredential(`session:${hashSecret(token)}`);
  const parsed = parseSecret(token, SESSION_PREFIX);
  if (!parsed) return;
  await db.delete(sessions).where(and(eq(sessions.orgId, parsed.orgId), eq(sessions.tokenHash, parsed.tokenHash)));
}

export async function endAllSessionsOf(db: Db, orgId: string, userId: string): Promise<void> {
  forgetPerson(orgId, userId);
  await db.delete(sessions).where(and(eq(sessions.orgId, orgId), eq(sessions.userId, userId)));
}

/** The signed-in person and their organisation, as `GET /api/me` shows them. */
export async function getMe(db: Db, principal: Principal) {
  const [row] = await db
    .select({ user: users, organization: organizations })
    .from(users)
    .innerJoin(organizations, eq(organizations.orgId, users.orgId))
    .where(and(eq(users.orgId, principal.orgId), eq(users.id, principal.userId)));
  if (!row) throw new Error("the principal's user vanished");
  return row;
}
