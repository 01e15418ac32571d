import { z } from "zod";
import { canRecordOutcomes, canSeeCandidates } from "../../domain/policies.js";
import { type App, inTransaction } from "../../server/context.js";
import { authorize, requirePrincipal } from "../auth/authenticate.js";
import { recordAudit } from "../feedback/audit.js";
import { ErrorResponse, IdParams } from "../shared/schemas.js";
import { sendCsv } from "../shared/send-csv.js";
import {
  createCandidate,
  deleteOffer,
  deleteOutcome,
  getCandidate,
  listCandidates,
  recordOffer,
  recordOutcome,
} from "./candidates.js";
import { candidatesCsv } from "./candidates-csv.js";
import { exportCandidate } from "./export-candidate.js";
import { presentCandidate, presentCandidateSummary, presentOffer, presentOutcome } from "./present.js";
import {
  CandidateChildParams,
  CandidateCsvQuery,
  CandidateDetail,
  CandidateExport,
  CandidateList,
  CandidateListQuery,
  CandidateSummary,
  CreateCandidateBody,
  CreateOfferBody,
  CreateOutcomeBody,
  Offer,
  Outcome,
} from "./schemas.js";

const tags = ["candidates"];
const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse };
const Deleted = z.null().describe("Deleted");

export async function candidateRoutes(app: App) {
  const db = () => app.ctx.database.db;

  app.get(
    "/api/candidates",
    {
      schema: {
        tags,
        summary: "Candidates, most recently interviewed first; search by name, email or external id",
        querystring: CandidateListQuery,
        response: { 200: CandidateList, ...errors },
      },
    },
    async (request) => {
      const principal = await requirePrincipal(db(), request);
      authorize(canSeeCandidates(principal));
      const result = await listCandidates(db(), principal.orgId, request.query);
      return { candidates: result.candidates.map(presentCandidateSummary), total: result.total };
    },
  );

  app.get(
    "/api/candidates/export.csv",
    {
      schema: {
        tags,
        summary: "The candidates list as CSV for a spreadsheet, with the same search as the list",
        description:
          "Text that a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage return) is written with a leading apostrophe.",
        querystring: CandidateCsvQuery,
        produces: ["text/csv"],
        response: errors,
      },
    },
    async (request, reply) => {
      const principal = await requirePrincipal(db(), request);
      authorize(canSeeCandidates(principal));
      const csv = await candidatesCsv(db(), principal.orgId, request.query.search);
      return sendCsv(reply, `debrief-candidates-${new Date().toISOString().slice(0, 10)}.csv`, csv);
    },
  );

  app.post(
    "/api/candidates",
    {
      schema: {
        tags,
        summary: "Add a candidate",
        body: CreateCandidateBody,
        response: { 201: CandidateSummary, ...errors },
      },
    },
    async (request, reply) => {
      const principal = await requirePrincipal(db(), request);
      authorize(canRecordOutcomes(principal));
      const candidate = await inTransaction(app, (tx) => createCandidate(tx, principal.orgId, request.body));
      return reply.code(201).send(presentCandidateSummary(candidate));
    },
  );

  app.get(
    "/api/candidates/:id",
    {
      schema: {
        tags,
        summary: "A candidate with their interviews, later outcomes and offers",
        params: IdParams,
        response: { 200: CandidateDetail, ...errors },
      },
    },
    async (request) => {
      const principal = await requirePrincipal(db(), request);
      authorize(canSeeCandidates(principal));
      return presentCandidate(await getCandidate(db(), principal.orgId, request.params.id));
    },
  );

  app.get(
    "/api/candidates/:id/export",
    {
      schema: {
        tags,
        summary: "Everything held about the candidate, as one JSON document (a subject access request)",
        description:
          "The record, interviews with their events (private notes redacted), code, assessment, released feedback, self-assessment, rating, links and email, and later outcomes and offers. Each export is in the audit log.",
        params: IdParams,
        response: { 200: CandidateExport, ...errors },
      },
    },
    async (request, reply) => {
      const principal = await requirePrincipal(db(), request);
      authorize(canSeeCandidates(principal));
      const document = await inTransaction(app, async (tx) => {
        const exported = await exportCandidate(tx, principal.orgId, request.params.id);
        await recordAudit(tx, {
          orgId: principal.orgId,
          actorId: principal.userId,
          action: "candidate.exported",
          details: { candidateId: request.params.id },
        });
        return exported;
      });
      reply.header("cache-control", "no-store");
      reply.header("content-disposition", `attachment; filename="candidate-${request.params.id}.json"`);
      return document;
    },
  );

  app.post(
    "/api/candidates/:id/outcomes",
    {
      schema: {
        tags,
        summary: "Record a later, real interview of the candidate elsewhere",
        params: IdParams,
        body: CreateOutcomeBody,
        response: { 201: Outcome, ...errors },
      },
    },
    async (request, reply) => {
      const principal = await requirePrincipal(db(), request);
      authorize(canRecordOutcomes(principal));
      const outcome = await inTransaction(app, (tx) =>
        recordOutcome(tx, principal.orgId, request.params.id, request.body),
      );
      return reply.code(201).send(presentOutcome(outcome));
    },
  );

  app.delete(
    "/api/candidates/:id/outcomes/:childId",
    {
      schema: {
        tags,
        summary: "Remove an outcome recorded by mistake",
        params: CandidateChildParams,
        response: { 204: Deleted, ...errors },
      },
    },
    async (request, reply) => {
      const principal = await requirePrincipal(db(), request);
      authorize(canRecordOutcomes(principal));
      await inTransaction(app, (tx) => deleteOutcome(tx, principal.orgId, request.params.id, request.params.childId));
      return reply.code(204).send(null);
    },
  );

  app.post(
    "/api/candidates/:id/offers",
    {
      schema: {
        tags,
        summary: "Record an offer to the candidate and whether they accepted it",
        params: IdParams,
        body: CreateOfferBody,
        response: { 201: Offer, ...errors },
      },
    },
    async (request, reply) => {
      const principal = await requirePrincipal(db(), request);
      authorize(canRecordOutcomes(principal));
      const offer = await inTransaction(app, (tx) => recordOffer(tx, principal.orgId, request.params.id, request.body));
      return reply.code(201).send(presentOffer(offer));
    },
  );

  app.delete(
    "/api/candidates/:id/offers/:childId",
    {
      schema: {
        tags,
        summary: "Remove an offer recorded by mistake",
        params: CandidateChildParams,
        response: { 204: Deleted, ...errors },
      },
    },
    async (request, reply) => {
      const principal = await requirePrincipal(db(), request);
      authorize(canRecordOutcomes(principal));
      await inTransaction(app, (tx) => deleteOffer(tx, principal.orgId, request.params.id, request.params.childId));
      return reply.code(204).send(null);
    },
  );
}
