// The candidate's right to erasure and the organisation's data policy (retention, legal hold). Admins only:
// an erasure cannot be undone, and the policy decides erasures.
import type { z } from "zod";
import { Problem } from "../../domain/errors.js";
import { canEraseCandidates, canManageDataPolicy } from "../../domain/policies.js";
import { type App, inTransaction } from "../../server/context.js";
import { authorize, requirePrincipal } from "../auth/authenticate.js";
import { recordAudit } from "../feedback/audit.js";
import { ErrorResponse, IdParams } from "../shared/schemas.js";
import { type DataPolicyView, getDataPolicy, liftLegalHold, placeLegalHold, setRetention } from "./data-policy.js";
import { eraseCandidate } from "./erase-candidate.js";
import { DataPolicyResponse, ErasureResponse, LegalHoldBody, RetentionBody } from "./schemas.js";

const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse };

const present = (policy: DataPolicyView): z.infer<typeof DataPolicyResponse> => ({
  retentionMonths: policy.retentionMonths,
  legalHold: policy.legalHold
    ? {
        reason: policy.legalHold.reason,
        since: policy.legalHold.since,
        placedBy: { id: policy.legalHold.placedBy, name: policy.legalHoldPlacedByName },
      }
    : null,
});

export async function dataRightsRoutes(app: App) {
  const db = () => app.ctx.database.db;

  app.post(
    "/api/candidates/:id/erase",
    {
      schema: {
        tags: ["candidates"],
        summary: "Erase the candidate's personal data (a request under GDPR article 17)",
        description:
          "Names, addresses, external ids, notes' text, code, feedback text, written answers, comments, links and email go; scores, decisions, ratings, outcomes and offers stay under the anonymous id, so analytics still add up. Refused (409 legal_hold, and logged) while the organisation is under a legal hold. Cannot be undone.",
        params: IdParams,
        response: { 200: ErasureResponse, ...errors },
      },
    },
    async (request) => {
      const principal = await requirePrincipal(db(), request);
      authorize(canEraseCandidates(principal));
      const candidateId = request.params.id;
      try {
        const erasure = await inTransaction(app, (tx) =>
          eraseCandidate(tx, principal.orgId, candidateId, { actorId: principal.userId, basis: "request" }),
        );
        return { ...erasure, erasedAt: erasure.erasedAt.toISOString() };
      } catch (error) {
        if (error instanceof Problem && error.kind === "legal_hold") {
          // The refused erasure rolled back; its record is written on its own, so it stays.
          await recordAudit(db(), {
            orgId: principal.orgId,
            actorId: principal.userId,
            action: "candidate.erasure_refused",
            details: { candidateId, reason: "legal_hold" },
          });
        }
        throw error;
      }
    },
  );

  app.get(
    "/api/data-policy",
    {
      schema: {
        tags: ["organisation"],
        summary: "How long candidates are kept, and whether a legal hold stops erasure",
        response: { 200: DataPolicyResponse, ...errors },
      },
    },
    async (request) => {
      const principal = await requirePrincipal(db(), request);
      authorize(canManageDataPolicy(principal));
      return present(await getDataPolicy(db(), principal.orgId));
    },
  );

  app.put(
    "/api/data-policy/retention",
    {
      schema: {
        tags: ["organisation"],
        summary: "Set how many months after their last activity candidates are erased (null: until asked)",
        body: RetentionBody,
        response: { 200: DataPolicyResponse, ...errors },
      },
    },
    async (request) => {
      const principal = await requirePrincipal(db(), request);
      authorize(canManageDataPolicy(principal));
      const policy = await inTransaction(app, (tx) =>
        setRetention(tx, principal.orgId, principal.userId, request.body.retentionMonths),
      );
      return present(policy);
    },
  );

  app.put(
    "/api/data-policy/legal-hold",
    {
      schema: {
        tags: ["organisation"],
        summary: "Place a legal hold (or rewrite its reason): no candidate is erased until it is lifted",
        body: LegalHoldBody,
        response: { 200: DataPolicyResponse, ...errors },
      },
    },
    async (request) => {
      const principal = await requirePrincipal(db(), request);
      authorize(canManageDataPolicy(principal));
      const policy = await inTransaction(app, (tx) =>
        placeLegalHold(tx, principal.orgId, principal.userId, request.body.reason),
      );
      return present(policy);
    },
  );

  app.delete(
    "/api/data-policy/legal-hold",
    {
      schema: {
        tags: ["organisation"],
        summary: "Lift the legal hold",
        response: { 200: DataPolicyResponse, ...errors },
      },
    },
    async (request) => {
      const principal = await requirePrincipal(db(), request);
      authorize(canManageDataPolicy(principal));
      return present(await inTransaction(app, (tx) => liftLegalHold(tx, principal.orgId, principal.userId)));
    },
  );
}
