import { canAuthorQuestions, canManageHintTopics } from "../../domain/policies.js";
import { type App, inTransaction } from "../../server/context.js";
import { authorize, requirePrincipal } from "../auth/authenticate.js";
import { ErrorResponse, IdParams } from "../shared/schemas.js";
import {
  archiveHintTopic,
  createHintTopic,
  createQuestion,
  getQuestion,
  listHintTopics,
  listQuestions,
  updateQuestion,
} from "./questions.js";
import {
  CreateHintTopicBody,
  CreateQuestionBody,
  HintTopicList,
  HintTopicParams,
  HintTopicSchema,
  Question,
  QuestionList,
  QuestionListQuery,
  type QuestionResponse,
  UpdateQuestionBody,
} from "./schemas.js";

const tags = ["questions"];
const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse };

export function presentQuestion(row: Awaited<ReturnType<typeof getQuestion>>): QuestionResponse {
  const q = row.question;
  return {
    id: q.id,
    externalId: q.externalId,
    title: q.title,
    kind: q.kind,
    durationMinutes: q.durationMinutes,
    statement: q.statement,
    version: q.currentVersion,
    layers: (row.layers ?? []).map((l) => ({
      title: l.title,
      description: l.description ?? null,
      expectedMinutes: l.expectedMinutes ?? null,
      guide: l.guide ?? null,
    })),
    archived: q.archivedAt !== null,
    interviews: Number(row.interviews),
    createdAt: q.createdAt.toISOString(),
  };
}

export async function questionRoutes(app: App) {
  const db = () => app.ctx.database.db;

  app.get(
    "/api/questions",
    {
      schema: {
        tags,
        summary: "The question bank; search by title",
        querystring: QuestionListQuery,
        response: { 200: QuestionList, ...errors },
      },
    },
    async (request) => {
      const principal = await requirePrincipal(db(), request);
      const rows = await listQuestions(db(), principal.orgId, request.query);
      return { questions: rows.map(presentQuestion) };
    },
  );

  app.post(
    "/api/questions",
    {
      schema: {
        tags,
        summary: "Add a question with its layers (admins and interviewers)",
        body: CreateQuestionBody,
        response: { 201: Question, ...errors },
      },
    },
    async (request, reply) => {
      const principal = await requirePrincipal(db(), request);
      authorize(canAuthorQuestions(principal));
      const row = await inTransaction(app, (tx) => createQuestion(tx, principal.orgId, request.body));
      return reply.code(201).send(presentQuestion(row));
    },
  );

  app.get(
    "/api/questions/:id",
    {
      schema: {
        tags,
        summary: "One question with its current layers",
        params: IdParams,
        response: { 200: Question, ...errors },
      },
    },
    async (request) => {
      const principal = await requirePrincipal(db(), request);
      return presentQuestion(await getQuestion(db(), principal.orgId, request.params.id));
    },
  );

  app.patch(
    "/api/questions/:id",
    {
      schema: {
        tags,
        summary: "Edit or archive a question; new layers make a new version and past interviews keep theirs",
        params: IdParams,
        body: UpdateQuestionBody,
        response: { 200: Question, ...errors },
      },
    },
    async (request) => {
      const principal = await requirePrincipal(db(), request);
      authorize(canAuthorQuestions(principal));
      return presentQuestion(
        await inTransaction(app, (tx) => updateQuestion(tx, principal.orgId, request.params.id, request.body)),
      );
    },
  );

  app.get(
    "/api/hint-topics",
    {
      schema: {
        tags,
        summary: "The hint topics: the built-in ones and the organisation's own",
        response: { 200: HintTopicList, ...errors },
      },
    },
    async (request) => {
      const principal = await requirePrincipal(db(), request);
      return { topics: await listHintTopics(db(), principal.orgId) };
    },
  );

  app.post(
    "/api/hint-topics",
    {
      schema: {
        tags,
        summary: "Add a hint topic of the organisation's own (admins)",
        body: CreateHintTopicBody,
        response: { 201: HintTopicSchema, ...errors },
      },
    },
    async (request, reply) => {
      const principal = await requirePrincipal(db(), request);
      authorize(canManageHintTopics(principal));
      return reply
        .code(201)
        .send(await inTransaction(app, (tx) => createHintTopic(tx, principal.orgId, request.body.label)));
    },
  );

  app.delete(
    "/api/hint-topics/:slug",
    {
      schema: {
        tags,
        summary: "Archive a hint topic of the organisation's own (admins); hints already recorded keep it",
        params: HintTopicParams,
        response: { 200: HintTopicSchema, ...errors },
      },
    },
    async (request) => {
      const principal = await requirePrincipal(db(), request);
      authorize(canManageHintTopics(principal));
      return inTransaction(app, (tx) => archiveHintTopic(tx, principal.orgId, request.params.slug));
    },
  );
}
