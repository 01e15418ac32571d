import type { users } from "../../data/schema.js";
import { type InvitationRow, invitationStatus } from "./invitations.js";
import type { InvitationResponse, PersonResponse } from "./schemas.js";

export function presentPerson(user: typeof users.$inferSelect): PersonResponse {
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    externalId: user.externalId,
    active: user.deactivatedAt === null,
    canSignIn: user.passwordHash !== null && user.deactivatedAt === null,
    createdAt: user.createdAt.toISOString(),
  };
}

export function presentInvitation(row: InvitationRow): InvitationResponse {
  return {
    id: row.id,
    email: row.email,
    role: row.role,
    status: invitationStatus(row),
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
  };
}
