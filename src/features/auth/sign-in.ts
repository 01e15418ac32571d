import { and, eq, isNotNull, isNull, sql } from "drizzle-orm";
import type { Db } from "../../data/database.js";
import { organizations, users } from "../../data/schema.js";
import { Problem, unauthenticated } from "../../domain/errors.js";
import { decoyHash, verifyPassword } from "./passwords.js";
import { createSession } from "./sessions.js";

export interface SignInInput {
  email: string;
  password: string;
  /** Needed only when the same email and password open accounts in more than one organisation. */
  organizationId?: string;
}

const WRONG = "The email or password is not right.";

/**
 * Checks an email and password and opens a new session (a fresh secret at every sign-in, so a
 * session id planted before sign-in is worthless after it). A wrong email and a wrong password
 * fail the same way, after the same amount of work.
 */
export async function signIn(db: Db, input: SignInInput) {
  const candidates = await db
    .select({ user: users, organization: organizations })
    .from(users)
    .innerJoin(organizations, eq(organizations.orgId, users.orgId))
    .where(
      and(
        sql`lower(${users.email}) = lower(${input.email})`,
        isNull(users.deactivatedAt),
        isNotNull(users.passwordHash),
        input.organizationId ? eq(users.orgId, input.organizationId) : undefined,
      ),
    );
  if (candidates.length === 0) {
    await verifyPassword(await decoyHash(), input.password);
    throw unauthenticated(WRONG);
  }
  const matches = [];
  for (const candidate of candidates) {
    if (await verifyPassword(candidate.user.passwordHash as string, input.password)) matches.push(candidate);
  }
  if (matches.length === 0) throw unauthenticated(WRONG);
  if (matches.length > 1) {
    throw new Problem(
      "conflict",
      `This email opens accounts in ${matches.length} organisations (${matches.map((m) => `${m.organization.name}: ${m.organization.orgId}`).join("; ")}); sign in again with organizationId set to one of them.`,
      "organizationId",
    );
  }
  const match = matches[0] as (typeof matches)[number];
  const session = await createSession(db, match.user.orgId, match.user.id);
  return { ...match, session };
}
