// API types, inferred from the server's own zod schemas so the two cannot drift apart.
import type { z } from "zod";
import type { MeResponse, SetupStatusResponse } from "../../features/auth/schemas";
import type {
  CreatedInvitation,
  InvitationList,
  InvitationPreview,
  InvitationResponse,
  PersonList,
  PersonResponse,
} from "../../features/people/schemas";
import type { ApiTokenList, ApiTokenResponse, CreatedApiToken } from "../../features/tokens/schemas";

export type { Role } from "../../domain/roles";
export type Me = MeResponse;
export type SetupStatus = SetupStatusResponse;
export type Person = PersonResponse;
export type People = z.infer<typeof PersonList>;
export type Invitation = InvitationResponse;
export type Invitations = z.infer<typeof InvitationList>;
export type NewInvitation = z.infer<typeof CreatedInvitation>;
export type InvitationDetails = z.infer<typeof InvitationPreview>;
export type ApiToken = ApiTokenResponse;
export type ApiTokens = z.infer<typeof ApiTokenList>;
export type NewApiToken = z.infer<typeof CreatedApiToken>;
