import { canReadEmail } from "../../domain/policies.js";
import type { App } from "../../server/context.js";
import { authorize, requirePrincipal } from "../auth/authenticate.js";
import { ErrorResponse, IdParams } from "../shared/schemas.js";
import { getEmail, listEmail } from "./messages.js";
import { presentEmail, presentEmailSummary } from "./present.js";
import { EmailList, EmailMessage, EmailQuery } from "./schemas.js";

const tags = ["email"];
const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse };

export async function emailRoutes(app: App) {
  const db = () => app.ctx.database.db;

  app.get(
    "/api/email",
    {
      schema: {
        tags,
        summary: "The email Debrief sent or keeps in its outbox, the newest first (admins)",
        querystring: EmailQuery,
        response: { 200: EmailList, ...errors },
      },
    },
    async (request) => {
      const principal = await requirePrincipal(db(), request);
      authorize(canReadEmail(principal));
      const rows = await listEmail(db(), principal.orgId, request.query);
      return {
        delivery: app.ctx.config.smtpUrl ? ("smtp" as const) : ("outbox" as const),
        messages: rows.map(presentEmailSummary),
      };
    },
  );

  app.get(
    "/api/email/:id",
    {
      schema: {
        tags,
        summary: "One message, with its text and HTML parts (admins)",
        params: IdParams,
        response: { 200: EmailMessage, ...errors },
      },
    },
    async (request) => {
      const principal = await requirePrincipal(db(), request);
      authorize(canReadEmail(principal));
      return presentEmail(await getEmail(db(), principal.orgId, request.params.id));
    },
  );
}
