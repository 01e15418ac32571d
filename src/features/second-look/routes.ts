import { z } from "zod";
import { canRecordOutcomes, canSeeCandidates } from "../../domain/policies.js";
import { type App, inTransaction } from "../../server/context.js";
import { authorize, requirePrincipal } from "../auth/authenticate.js";
import { ErrorResponse } from "../shared/schemas.js";
import { presentSecondLook } from "./present.js";
import { InterviewParams, SecondLooks } from "./schemas.js";
import { dismissSecondLook, listSecondLooks } from "./second-look.js";

const tags = ["candidates"];
const errors = { 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse };

export async function secondLookRoutes(app: App) {
  const db = () => app.ctx.database.db;

  app.get(
    "/api/second-looks",
    {
      schema: {
        tags,
        summary: "Candidates not advanced who are due (or coming due) for a second look",
        response: { 200: SecondLooks, ...errors },
      },
    },
    async (request) => {
      const principal = await requirePrincipal(db(), request);
      authorize(canSeeCandidates(principal));
      const looks = await listSecondLooks(db(), principal.orgId);
      return {
        months: looks.months,
        due: looks.due.map(presentSecondLook),
        upcoming: looks.upcoming.map(presentSecondLook),
      };
    },
  );

  app.post(
    "/api/second-looks/:interviewId/dismiss",
    {
      schema: {
        tags,
        summary: "Take a candidate off the second-look list",
        params: InterviewParams,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      const principal = await requirePrincipal(db(), request);
      authorize(canRecordOutcomes(principal));
      await inTransaction(app, (tx) =>
        dismissSecondLook(tx, principal.orgId, request.params.interviewId, principal.userId),
      );
      return reply.code(204).send(null);
    },
  );
}
