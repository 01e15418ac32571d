// The people of an organisation: who they are, their role, and whether they can still sign in.
import { and, asc, count, eq, isNull, ne } from "drizzle-orm";
import type { Db } from "../../data/database.js";
import { type Role, users } from "../../data/schema.js";
import { conflict, notFound } from "../../domain/errors.js";
import type { Principal } from "../../domain/policies.js";
import { forgetPerson } from "../auth/principal-cache.js";
import { endAllSessionsOf } from "../auth/sessions.js";

export function listPeople(db: Db, orgId: string) {
  return db.select().from(users).where(eq(users.orgId, orgId)).orderBy(asc(users.name), asc(users.email));
}

export async function getPerson(db: Db, orgId: string, id: string) {
  const [row] = await db
    .select()
    .from(users)
    .where(and(eq(users.orgId, orgId), eq(users.id, id)));
  if (!row) throw notFound("The person");
  return row;
}

export interface PersonChange {
  role?: Role;
  active?: boolean;
}

/**
 * Changes a person's role or deactivates them. Deactivation ends their sessions at once, and their API
 * tokens stop working because every request checks the person is still active. The organisation always
 * keeps at least one active admin.
 */
export async function updatePerson(db: Db, principal: Principal, id: string, change: PersonChange) {
  const person = await getPerson(db, principal.orgId, id);
  const losesAdmin =
    person.role === "admin" &&
    !person.deactivatedAt &&
    ((change.role !== undefined && change.role !== "admin") || change.active === false);
  if (losesAdmin) {
    const [row] = await db
      .select({ n: count() })
      .from(users)
      .where(
        and(eq(users.orgId, principal.orgId), eq(users.role, "admin"), isNull(users.deactivatedAt), ne(users.id, id)),
      );
    if (Number(row?.n ?? 0) === 0) {
      throw conflict(
        "An organisation needs at least one active admin: make someone else an admin first.",
        change.role ? "role" : "active",
      );
    }
  }
  const deactivatedAt =
    change.active === undefined ? person.deactivatedAt : change.active ? null : (person.deactivatedAt ?? new Date());
  const [updated] = await db
    .update(users)
    .set({ role: change.role ?? person.role, deactivatedAt })
    .where(and(eq(users.orgId, principal.orgId), eq(users.id, id)))
    .returning();
  if (change.active === false) await endAllSessionsOf(db, principal.orgId, id);
  // A new role, or a deactivation, applies to the person's very next request.
  forgetPerson(principal.orgId, id);
  return updated as NonNullable<typeof updated>;
}
