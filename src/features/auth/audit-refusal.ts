// A refused request (403) of someone signed in goes into the organisation's audit log: who, what they asked
// for, and with what credential. Written on its own, outside the refused request's rolled-back work.
import { sql } from "drizzle-orm";
import type { FastifyRequest } from "fastify";
import type { Db } from "../../data/database.js";
import { users } from "../../data/schema.js";
import { recordAudit } from "../feedback/audit.js";
import { establishedPrincipal } from "./authenticate.js";

export async function auditRefusal(db: Db, request: FastifyRequest): Promise<void> {
  const principal = establishedPrincipal(request);
  if (!principal) return;
  await recordAudit(db, {
    orgId: principal.orgId,
    actorId: principal.userId,
    action: "auth.refused",
    details: {
      method: request.method,
      route: request.routeOptions.url ?? "unmatched",
      path: request.url.split("?")[0],
      via: principal.via,
    },
  });
}

/**
 * A failed sign-in to an account that exists goes into the log of that account's organisation (an address
 * that opens no account belongs to no organisation, so only the guessing limit counts it). Written on its
 * own; a failure to write it never changes the answer.
 */
export async function auditFailedSignIn(db: Db, request: FastifyRequest, email: string): Promise<void> {
  const accounts = await db
    .select({ orgId: users.orgId, id: users.id })
    .from(users)
    .where(sql`lower(${users.email}) = lower(${email})`);
  for (const account of accounts) {
    await recordAudit(db, {
      orgId: account.orgId,
      actorId: account.id,
      action: "auth.sign_in_failed",
      details: { address: request.ip },
    });
  }
}
