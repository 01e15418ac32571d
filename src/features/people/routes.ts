import { Problem } from "../../domain/errors.js";
import { canInvitePeople, canManagePeople, canSeePeople, canSendInvitations } from "../../domain/policies.js";
import { type App, inTransaction } from "../../server/context.js";
import { authorize, requirePrincipal } from "../auth/authenticate.js";
import { guessingLimits } from "../auth/guessing.js";
import { presentMe } from "../auth/present.js";
import { Me } from "../auth/schemas.js";
import { setSessionCookie } from "../auth/session-cookie.js";
import { ErrorResponse, IdParams, Person } from "../shared/schemas.js";
import {
  acceptInvitation,
  createInvitation,
  inspectInvitation,
  listInvitations,
  revokeInvitation,
} from "./invitations.js";
import { getPerson, listPeople, updatePerson } from "./people.js";
import { presentInvitation, presentPerson } from "./present.js";
import {
  AcceptInvitationBody,
  CreatedInvitation,
  CreateInvitationBody,
  Invitation,
  InvitationList,
  InvitationPreview,
  InvitationTokenBody,
  PersonList,
  UpdatePersonBody,
} from "./schemas.js";

const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse };

export async function peopleRoutes(app: App) {
  // An invitation link that does not work (410) counts as a guess; enough of them, and the address waits.
  const db = () => app.ctx.database.db;
  const invitationGuesses = guessingLimits("invitation links", "invitation", { perAddress: 20, perAccount: 20 }, db);
  const guarded = async <T>(address: string, work: () => Promise<T>): Promise<T> => {
    await invitationGuesses.check({ address });
    return work().catch(async (error) => {
      if (error instanceof Problem && error.kind === "gone") await invitationGuesses.fail({ address });
      throw error;
    });
  };

  app.get(
    "/api/people",
    { schema: { tags: ["people"], summary: "The organisation's people", response: { 200: PersonList, ...errors } } },
    async (request) => {
      const principal = await requirePrincipal(db(), request);
      authorize(canSeePeople(principal));
      const people = await listPeople(db(), principal.orgId);
      return { people: people.map(presentPerson) };
    },
  );

  app.get(
    "/api/people/:id",
    { schema: { tags: ["people"], summary: "One person", params: IdParams, response: { 200: Person, ...errors } } },
    async (request) => {
      const principal = await requirePrincipal(db(), request);
      authorize(canSeePeople(principal) || principal.userId === request.params.id);
      return presentPerson(await getPerson(db(), principal.orgId, request.params.id));
    },
  );

  app.patch(
    "/api/people/:id",
    {
      schema: {
        tags: ["people"],
        summary: "Change a person's role, or deactivate or reactivate them (admins)",
        params: IdParams,
        body: UpdatePersonBody,
        response: { 200: Person, ...errors },
      },
    },
    async (request) => {
      const principal = await requirePrincipal(db(), request);
      authorize(canManagePeople(principal));
      const person = await inTransaction(app, (tx) => updatePerson(tx, principal, request.params.id, request.body));
      return presentPerson(person);
    },
  );

  app.get(
    "/api/invitations",
    {
      schema: { tags: ["people"], summary: "Invitations sent (admins)", response: { 200: InvitationList, ...errors } },
    },
    async (request) => {
      const principal = await requirePrincipal(db(), request);
      authorize(canInvitePeople(principal));
      const rows = await listInvitations(db(), principal.orgId);
      return { invitations: rows.map(presentInvitation) };
    },
  );

  app.post(
    "/api/invitations",
    {
      schema: {
        tags: ["people"],
        summary: "Invite a person with a role (admins); the response carries the link, once",
        body: CreateInvitationBody,
        response: { 201: CreatedInvitation, ...errors },
      },
    },
    async (request, reply) => {
      const principal = await requirePrincipal(db(), request);
      authorize(
        canSendInvitations(principal),
        principal.via === "token" ? "Invitations are sent from a signed-in session, not with an API token." : undefined,
      );
      const { invitation, token } = await inTransaction(app, (tx) => createInvitation(tx, principal, request.body));
      const url = `${app.ctx.config.publicUrl}/invitation#${token}`;
      return reply.code(201).send({ ...presentInvitation(invitation), url, token });
    },
  );

  app.delete(
    "/api/invitations/:id",
    {
      schema: {
        tags: ["people"],
        summary: "Revoke an invitation that has not been accepted (admins)",
        params: IdParams,
        response: { 200: Invitation, ...errors },
      },
    },
    async (request) => {
      const principal = await requirePrincipal(db(), request);
      authorize(canInvitePeople(principal));
      return presentInvitation(await inTransaction(app, (tx) => revokeInvitation(tx, principal, request.params.id)));
    },
  );

  app.post(
    "/api/invitations/preview",
    {
      schema: {
        tags: ["people"],
        summary: "What an invitation link offers, before accepting it",
        body: InvitationTokenBody,
        response: { 200: InvitationPreview, 400: ErrorResponse, 410: ErrorResponse, 429: ErrorResponse },
      },
    },
    async (request) => guarded(request.ip, () => inspectInvitation(db(), request.body.token)),
  );

  app.post(
    "/api/invitations/accept",
    {
      schema: {
        tags: ["people"],
        summary: "Accept an invitation: set a name and password, join, and sign in",
        body: AcceptInvitationBody,
        response: { 201: Me, 400: ErrorResponse, 409: ErrorResponse, 410: ErrorResponse, 429: ErrorResponse },
      },
    },
    async (request, reply) => {
      const result = await guarded(request.ip, () => inTransaction(app, (tx) => acceptInvitation(tx, request.body)));
      setSessionCookie(reply, result.session, app.ctx.config.secureCookies);
      return reply.code(201).send(presentMe(result.user, result.organization));
    },
  );
}
