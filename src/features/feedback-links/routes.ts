// Candidate links as the people who release feedback manage them: list, issue a new one (with an email),
// revoke. Releasing feedback issues one too (features/feedback/routes.ts).

import { conflict } from "../../domain/errors.js";
import { canWriteFeedback } from "../../domain/policies.js";
import { type App, inTransaction } from "../../server/context.js";
import { authorize, requirePrincipal } from "../auth/authenticate.js";
import { latestRelease } from "../candidate-portal/releases.js";
import { askDelivery } from "../email/ask-delivery.js";
import { recordAudit } from "../feedback/audit.js";
import { getInterviewOwner } from "../interviews/interviews.js";
import { ErrorResponse, IdParams } from "../shared/schemas.js";
import { listLinks, revokeLink } from "./links.js";
import { presentLink, presentSharedLink } from "./present.js";
import { CandidateLink, CandidateLinks, IssueLinkBody, LinkParams, SharedLink } from "./schemas.js";
import { shareFeedback } from "./share.js";

const tags = ["feedback"];
const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse };

export async function feedbackLinkRoutes(app: App) {
  const db = () => app.ctx.database.db;

  app.get(
    "/api/interviews/:id/candidate-links",
    {
      schema: {
        tags,
        summary: "The links the candidate was given to this interview's feedback",
        params: IdParams,
        response: { 200: CandidateLinks, ...errors },
      },
    },
    async (request) => {
      const principal = await requirePrincipal(db(), request);
      const owner = await getInterviewOwner(db(), principal, request.params.id);
      authorize(canWriteFeedback(principal, owner));
      const links = await listLinks(db(), principal.orgId, request.params.id);
      return { links: links.map(presentLink) };
    },
  );

  app.post(
    "/api/interviews/:id/candidate-links",
    {
      schema: {
        tags,
        summary: "Give the candidate a new link to the released feedback (earlier links keep working)",
        description: "The address is in this answer only. With sendEmail, it is also mailed to the candidate.",
        params: IdParams,
        body: IssueLinkBody,
        response: { 201: SharedLink, ...errors },
      },
    },
    async (request, reply) => {
      const principal = await requirePrincipal(db(), request);
      const owner = await getInterviewOwner(db(), principal, request.params.id);
      authorize(canWriteFeedback(principal, owner));
      const shared = await inTransaction(app, async (tx) => {
        const release = await latestRelease(tx, principal.orgId, request.params.id);
        if (!release) throw conflict("Release the feedback first: a link leads to released feedback.");
        const result = await shareFeedback(tx, app.ctx.config, {
          orgId: principal.orgId,
          interviewId: request.params.id,
          actorId: principal.userId,
          corrected: false,
          sendEmail: request.body.sendEmail,
        });
        await recordAudit(tx, {
          orgId: principal.orgId,
          actorId: principal.userId,
          action: "feedback.link_issued",
          interviewId: request.params.id,
          details: { linkId: result.link.id, emailed: result.email !== null },
        });
        return result;
      });
      if (shared.email) await askDelivery(app.ctx.jobs, request.log, [shared.email]);
      return reply.code(201).send(presentSharedLink(shared));
    },
  );

  app.delete(
    "/api/interviews/:id/candidate-links/:linkId",
    {
      schema: {
        tags,
        summary: "Revoke a link at once; the candidate's sessions through it end with it",
        params: LinkParams,
        response: { 200: CandidateLink, ...errors },
      },
    },
    async (request) => {
      const principal = await requirePrincipal(db(), request);
      const owner = await getInterviewOwner(db(), principal, request.params.id);
      authorize(canWriteFeedback(principal, owner));
      const link = await inTransaction(app, async (tx) => {
        const row = await revokeLink(tx, principal.orgId, request.params.id, request.params.linkId);
        await recordAudit(tx, {
          orgId: principal.orgId,
          actorId: principal.userId,
          action: "feedback.link_revoked",
          interviewId: request.params.id,
          details: { linkId: row.id },
        });
        return row;
      });
      return presentLink(link);
    },
  );
}
