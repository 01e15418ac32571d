// Invitations: an admin names an email and a role; the link lets that person set their name and
// password and join. A link works once, for seven days, until it is revoked.
import { and, desc, eq, isNull, sql } from "drizzle-orm";
import type { Db } from "../../data/database.js";
import { invitations, organizations, type Role, users } from "../../data/schema.js";
import { conflict, notFound, Problem } from "../../domain/errors.js";
import type { Principal } from "../../domain/policies.js";
import { hashPassword } from "../auth/passwords.js";
import { issueSecret, newId, parseSecret } from "../auth/secrets.js";
import { createSession } from "../auth/sessions.js";

export const INVITATION_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;
const INVITATION_PREFIX = "inv";

export type InvitationRow = typeof invitations.$inferSelect;
export type InvitationStatus = "pending" | "accepted" | "revoked" | "expired";

export function invitationStatus(row: InvitationRow, now = new Date()): InvitationStatus {
  if (row.acceptedAt) return "accepted";
  if (row.revokedAt) return "revoked";
  return row.expiresAt <= now ? "expired" : "pending";
}

export async function createInvitation(db: Db, principal: Principal, input: { email: string; role: Role }) {
  const [existing] = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.orgId, principal.orgId), sql`lower(${users.email}) = lower(${input.email})`));
  if (existing) throw conflict(`${input.email} is already a member of this organisation.`, "email");
  const { token, tokenHash } = issueSecret(principal.orgId, INVITATION_PREFIX);
  const [row] = await db
    .insert(invitations)
    .values({
      orgId: principal.orgId,
      id: newId(),
      email: input.email,
      role: input.role,
      tokenHash,
      invitedBy: principal.userId,
      expiresAt: new Date(Date.now() + INVITATION_LIFETIME_MS),
    })
    .returning();
  if (!row) throw new Error("insert returned no row");
  return { invitation: row, token };
}

export function listInvitations(db: Db, orgId: string) {
  return db.select().from(invitations).where(eq(invitations.orgId, orgId)).orderBy(desc(invitations.createdAt));
}

export async function revokeInvitation(db: Db, principal: Principal, id: string) {
  const [row] = await db
    .update(invitations)
    .set({ revokedAt: sql`coalesce(${invitations.revokedAt}, now())` })
    .where(and(eq(invitations.orgId, principal.orgId), eq(invitations.id, id), isNull(invitations.acceptedAt)))
    .returning();
  if (!row) {
    const [accepted] = await db
      .select({ id: invitations.id })
      .from(invitations)
      .where(and(eq(invitations.orgId, principal.orgId), eq(invitations.id, id)));
    if (accepted) throw conflict("This invitation has already been accepted; deactivate the person instead.");
    throw notFound("The invitation");
  }
  return row;
}

const UNUSABLE =
  "This invitation link is not valid: it may have expired, been used or been revoked. Ask your admin for a new one.";

/** What the person following an invitation link is told before they accept it. */
export async function inspectInvitation(db: Db, token: string) {
  const found = await findUsableInvitation(db, token);
  return {
    email: found.invitation.email,
    role: found.invitation.role,
    organization: { id: found.organization.orgId, name: found.organization.name },
  };
}

export async function acceptInvitation(db: Db, input: { token: string; name: string; password: string }) {
  const { invitation, organization } = await findUsableInvitation(db, input.token);
  // Claim the invitation first, so two simultaneous accepts cannot both create a person.
  const [claimed] = await db
    .update(invitations)
    .set({ acceptedAt: new Date() })
    .where(
      and(eq(invitations.orgId, invitation.orgId), eq(invitations.id, invitation.id), isNull(invitations.acceptedAt)),
    )
    .returning();
  if (!claimed) throw new Problem("gone", UNUSABLE, "token");
  const [existing] = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.orgId, invitation.orgId), sql`lower(${users.email}) = lower(${invitation.email})`));
  if (existing) throw conflict(`${invitation.email} is already a member of this organisation.`, "token");
  const [user] = await db
    .insert(users)
    .values({
      orgId: invitation.orgId,
      id: newId(),
      name: input.name,
      email: invitation.email,
      role: invitation.role,
      passwordHash: await hashPassword(input.password),
    })
    .returning();
  if (!user) throw new Error("insert returned no row");
  const session = await createSession(db, user.orgId, user.id);
  return { user, organization, session };
}

async function findUsableInvitation(db: Db, token: string) {
  const parsed = parseSecret(token, INVITATION_PREFIX);
  if (!parsed) throw new Problem("gone", UNUSABLE, "token");
  const [row] = await db
    .select({ invitation: invitations, organization: organizations })
    .from(invitations)
    .innerJoin(organizations, eq(organizations.orgId, invitations.orgId))
    .where(and(eq(invitations.orgId, parsed.orgId), eq(invitations.tokenHash, parsed.tokenHash)));
  if (!row || invitationStatus(row.invitation) !== "pending") throw new Problem("gone", UNUSABLE, "token");
  return { invitation: row.invitation, organization: row.organization };
}
