// API tokens for scripts and integrations: a Bearer secret that acts as the person who made it.
import { and, desc, eq, isNull } from "drizzle-orm";
import type { Db } from "../../data/database.js";
import { apiTokens, users } from "../../data/schema.js";
import { notFound } from "../../domain/errors.js";
import type { Principal } from "../../domain/policies.js";
import { forgetCredential } from "../auth/principal-cache.js";
import { issueSecret, newId, parseSecret } from "../auth/secrets.js";

const TOKEN_PREFIX = "dbf";

export async function createApiToken(db: Db, principal: Principal, name: string) {
  const { token, tokenHash } = issueSecret(principal.orgId, TOKEN_PREFIX);
  const [row] = await db
    .insert(apiTokens)
    .values({ orgId: principal.orgId, id: newId(), userId: principal.userId, name, tokenHash })
    .returning();
  if (!row) throw new Error("insert returned no row");
  return { token: row, secret: token };
}

export function listApiTokens(db: Db, principal: Principal) {
  return db
    .select()
    .from(apiTokens)
    .where(and(eq(apiTokens.orgId, principal.orgId), eq(apiTokens.userId, principal.userId)))
    .orderBy(desc(apiTokens.createdAt));
}

/** Revokes one of the principal's own tokens; anyone else's is "not found", like one that does not exist. */
export async function revokeApiToken(db: Db, principal: Principal, id: string) {
  const [row] = await db
    .update(apiTokens)
    .set({ revokedAt: new Date() })
    .where(and(eq(apiTokens.orgId, principal.orgId), eq(apiTokens.id, id), eq(apiTokens.userId, principal.userId)))
    .returning();
  if (!row) throw notFound("The API token");
  forgetCredential(`token:${row.tokenHash}`);
  return row;
}

export async function resolveApiToken(db: Db, token: string): Promise<Principal | undefined> {
  const parsed = parseSecret(token, TOKEN_PREFIX);
  if (!parsed) return undefined;
  const [row] = await db
    .select({ id: apiTokens.id, userId: users.id, role: users.role, lastUsedAt: apiTokens.lastUsedAt })
    .from(apiTokens)
    .innerJoin(users, and(eq(users.orgId, apiTokens.orgId), eq(users.id, apiTokens.userId)))
    .where(
      and(
        eq(apiTokens.orgId, parsed.orgId),
        eq(apiTokens.tokenHash, parsed.tokenHash),
        isNull(apiTokens.revokedAt),
        isNull(users.deactivatedAt),
      ),
    );
  if (!row) return undefined;
  // Recording every use would turn each read into a write; once a minute is enough to show "last used".
  if (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() > 60_000) {
    await db
      .update(apiTokens)
      .set({ lastUsedAt: new Date() })
      .where(and(eq(apiTokens.orgId, parsed.orgId), eq(apiTokens.id, row.id)));
  }
  return { orgId: parsed.orgId, userId: row.userId, role: row.role, via: "token" };
}
