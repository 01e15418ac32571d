import { z } from "zod";
import { Email, Id, Organization, Password, Person, PersonName, RoleSchema, Timestamp } from "../shared/schemas.js";

export const PersonList = z.object({ people: z.array(Person) }).meta({ id: "PersonList" });

export const UpdatePersonBody = z
  .object({
    role: RoleSchema.optional(),
    active: z.boolean({ error: "expected true or false" }).optional(),
  })
  .refine((body) => body.role !== undefined || body.active !== undefined, {
    message: "expected at least one of role, active",
  })
  .meta({ id: "UpdatePersonRequest" });

export const CreateInvitationBody = z
  .object({ email: Email, role: RoleSchema })
  .meta({ id: "CreateInvitationRequest" });

export const Invitation = z
  .object({
    id: Id,
    email: z.string(),
    role: RoleSchema,
    status: z.enum(["pending", "accepted", "revoked", "expired"]),
    createdAt: Timestamp,
    expiresAt: Timestamp,
  })
  .meta({ id: "Invitation" });

export const CreatedInvitation = Invitation.extend({
  url: z.url().describe("The link to send to the invited person. It is shown only once."),
  token: z.string().describe("The secret inside the link. It is shown only once."),
}).meta({ id: "CreatedInvitation" });

export const InvitationList = z.object({ invitations: z.array(Invitation) }).meta({ id: "InvitationList" });

export const InvitationTokenBody = z.object({ token: z.string().min(1, "expected the invitation token").max(200) });

export const InvitationPreview = z
  .object({ email: z.string(), role: RoleSchema, organization: Organization })
  .meta({ id: "InvitationPreview" });

export const AcceptInvitationBody = z
  .object({ token: z.string().min(1, "expected the invitation token").max(200), name: PersonName, password: Password })
  .meta({ id: "AcceptInvitationRequest" });

export type PersonResponse = z.infer<typeof Person>;
export type InvitationResponse = z.infer<typeof Invitation>;
