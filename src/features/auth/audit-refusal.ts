// A refused request (403) of someone signed in goes into the organisation's audit log: who, what they asked
// for, and with what credential. Written on its own, outside the refused request's rolled-back work.
import type { FastifyRequest } from "fastify";
import type { Db } from "../../data/database.js";
import { recordAudit } from "../feedback/audit.js";
import { establishedPrincipal } from "./authenticate.js";

export async function auditRefusal(db: Db, request: FastifyRequest): Promise<void> {
  const principal = establishedPrincipal(request);
  if (!principal) return;
  await recordAudit(db, {
    orgId: principal.orgId,
    actorId: principal.userId,
    action: "auth.refused",
    details: {
      method: request.method,
      route: request.routeOptions.url ?? "unmatched",
      path: request.url.split("?")[0],
      via: principal.via,
    },
  });
}
