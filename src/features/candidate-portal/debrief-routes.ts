// The self-assessment as the interviewer's screen records it: in the last minutes of a live interview the
// debrief screen hands the candidate the same questions their link asks later.

import { notFound } from "../../domain/errors.js";
import { canAssess, canWriteFeedback } from "../../domain/policies.js";
import { type App, inTransaction } from "../../server/context.js";
import { authorize, requirePrincipal } from "../auth/authenticate.js";
import { getInterviewOwner } from "../interviews/interviews.js";
import { ErrorResponse, IdParams } from "../shared/schemas.js";
import { presentSelfAssessment } from "./present.js";
import { SelfAssessment, SelfAssessmentBody } from "./schemas.js";
import { getSelfAssessment, saveSelfAssessment } from "./self-assessment.js";

const tags = ["feedback"];
const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse };

export async function debriefSelfAssessmentRoutes(app: App) {
  const db = () => app.ctx.database.db;

  app.get(
    "/api/interviews/:id/self-assessment",
    {
      schema: {
        tags,
        summary: "The candidate's own view of the interview, if they have given it",
        params: IdParams,
        response: { 200: SelfAssessment, ...errors },
      },
    },
    async (request) => {
      const principal = await requirePrincipal(db(), request);
      const owner = await getInterviewOwner(db(), principal, request.params.id);
      authorize(canWriteFeedback(principal, owner));
      const row = await getSelfAssessment(db(), principal.orgId, request.params.id);
      if (!row) throw notFound("The candidate's self-assessment");
      return presentSelfAssessment(row);
    },
  );

  app.put(
    "/api/interviews/:id/self-assessment",
    {
      schema: {
        tags,
        summary: "Record the candidate's own view at the debrief screen, in their words",
        params: IdParams,
        body: SelfAssessmentBody,
        response: { 200: SelfAssessment, ...errors },
      },
    },
    async (request) => {
      const principal = await requirePrincipal(db(), request);
      const owner = await getInterviewOwner(db(), principal, request.params.id);
      authorize(canAssess(principal, owner), "Only the interviewer records the candidate's view at the debrief.");
      const row = await inTransaction(app, (tx) =>
        saveSelfAssessment(tx, principal.orgId, request.params.id, request.body, "debrief"),
      );
      return presentSelfAssessment(row);
    },
  );
}
