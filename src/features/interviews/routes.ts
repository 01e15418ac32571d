import { canScheduleFor, canTakeNotes } from "../../domain/policies.js";
import { type App, inTransaction } from "../../server/context.js";
import { authorize, requirePrincipal } from "../auth/authenticate.js";
import { ErrorResponse, IdParams } from "../shared/schemas.js";
import { recordEventInBatch } from "./event-writer.js";
import { changeEvent, listEvents, listSnapshots, recordSnapshot } from "./events.js";
import {
  finishInterview,
  getInterview,
  getInterviewOwner,
  listInterviews,
  scheduleInterview,
  startInterview,
  updateInterview,
} from "./interviews.js";
import { presentEvent, presentInterview, presentSnapshot } from "./present.js";
import {
  CodeSnapshot,
  CreateEventBody,
  CreateInterviewBody,
  CreateSnapshotBody,
  EventList,
  EventListQuery,
  EventParams,
  Interview,
  InterviewEvent,
  InterviewList,
  InterviewListQuery,
  SnapshotList,
  UpdateEventBody,
  UpdateInterviewBody,
} from "./schemas.js";

const tags = ["interviews"];
const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse };
const notesOnly = "Only the interviewer running this interview takes its notes.";

export async function interviewRoutes(app: App) {
  const db = () => app.ctx.database.db;

  app.get(
    "/api/interviews",
    {
      schema: {
        tags,
        summary:
          "Interviews: an interviewer's own, or everyone's for recruiters and admins; today's and upcoming first",
        querystring: InterviewListQuery,
        response: { 200: InterviewList, ...errors },
      },
    },
    async (request) => {
      const principal = await requirePrincipal(db(), request);
      const rows = await listInterviews(db(), principal, request.query);
      return { interviews: rows.map(presentInterview) };
    },
  );

  app.post(
    "/api/interviews",
    {
      schema: {
        tags,
        summary: "Schedule an interview (recruiters and admins for anyone; interviewers for themselves)",
        body: CreateInterviewBody,
        response: { 201: Interview, ...errors },
      },
    },
    async (request, reply) => {
      const principal = await requirePrincipal(db(), request);
      const interviewerId = request.body.interviewerId ?? principal.userId;
      authorize(canScheduleFor(principal, interviewerId), "Interviewers schedule only their own interviews.");
      const row = await inTransaction(app, (tx) =>
        scheduleInterview(tx, principal.orgId, { ...request.body, interviewerId }),
      );
      return reply.code(201).send(presentInterview(row));
    },
  );

  app.get(
    "/api/interviews/:id",
    {
      schema: {
        tags,
        summary: "One interview, with the question's layers as it ran",
        params: IdParams,
        response: { 200: Interview, ...errors },
      },
    },
    async (request) => {
      const principal = await requirePrincipal(db(), request);
      return presentInterview(await getInterview(db(), principal, request.params.id));
    },
  );

  app.patch(
    "/api/interviews/:id",
    {
      schema: {
        tags,
        summary: "Reschedule, change the stage, or the question before it starts",
        params: IdParams,
        body: UpdateInterviewBody,
        response: { 200: Interview, ...errors },
      },
    },
    async (request) => {
      const principal = await requirePrincipal(db(), request);
      const owner = await getInterviewOwner(db(), principal, request.params.id);
      authorize(canScheduleFor(principal, owner.interviewerId), "Interviewers change only their own interviews.");
      return presentInterview(
        await inTransaction(app, (tx) => updateInterview(tx, principal, request.params.id, request.body)),
      );
    },
  );

  for (const [action, run, summary] of [
    ["start", startInterview, "Start the interview's clock (starting again keeps the first start)"],
    ["finish", finishInterview, "Finish the interview"],
  ] as const) {
    app.post(
      `/api/interviews/:id/${action}`,
      { schema: { tags, summary, params: IdParams, response: { 200: Interview, ...errors } } },
      async (request) => {
        const principal = await requirePrincipal(db(), request);
        const owner = await getInterviewOwner(db(), principal, request.params.id);
        authorize(canTakeNotes(principal, owner), "Only the interviewer starts and finishes their interview.");
        return presentInterview(await inTransaction(app, (tx) => run(tx, principal.orgId, request.params.id)));
      },
    );
  }

  app.get(
    "/api/interviews/:id/events",
    {
      schema: {
        tags,
        summary: "The interview's events in order of time",
        params: IdParams,
        querystring: EventListQuery,
        response: { 200: EventList, ...errors },
      },
    },
    async (request) => {
      const principal = await requirePrincipal(db(), request);
      await getInterviewOwner(db(), principal, request.params.id);
      const rows = await listEvents(db(), principal.orgId, request.params.id, request.query.deleted === "true");
      return { events: rows.map(presentEvent) };
    },
  );

  app.post(
    "/api/interviews/:id/events",
    {
      schema: {
        tags,
        summary: "Record an event; idempotent on clientId",
        description:
          "201 with the new event; 200 with the stored event when the same clientId arrives again with the same body (a retry); 409 when it arrives with a different body.",
        params: IdParams,
        body: CreateEventBody,
        response: { 200: InterviewEvent, 201: InterviewEvent, ...errors },
      },
    },
    async (request, reply) => {
      const principal = await requirePrincipal(db(), request);
      const owner = await getInterviewOwner(db(), principal, request.params.id);
      authorize(canTakeNotes(principal, owner), notesOnly);
      // Notes arriving together are written together, in one transaction (event-writer.ts).
      const { event, created } = await recordEventInBatch(
        app.ctx.database,
        principal.orgId,
        request.params.id,
        request.body,
      );
      return reply.code(created ? 201 : 200).send(presentEvent(event));
    },
  );

  app.patch(
    "/api/interviews/:id/events/:eventId",
    {
      schema: {
        tags,
        summary: "Correct, re-stamp, delete or restore an event (its earlier form is kept)",
        params: EventParams,
        body: UpdateEventBody,
        response: { 200: InterviewEvent, ...errors },
      },
    },
    async (request) => {
      const principal = await requirePrincipal(db(), request);
      const owner = await getInterviewOwner(db(), principal, request.params.id);
      authorize(canTakeNotes(principal, owner), notesOnly);
      const event = await inTransaction(app, (tx) =>
        changeEvent(tx, principal.orgId, request.params.id, request.params.eventId, principal.userId, request.body),
      );
      return presentEvent(event);
    },
  );

  app.get(
    "/api/interviews/:id/snapshots",
    {
      schema: {
        tags,
        summary: "The candidate's code snapshots in order; the last is the final solution",
        params: IdParams,
        response: { 200: SnapshotList, ...errors },
      },
    },
    async (request) => {
      const principal = await requirePrincipal(db(), request);
      await getInterviewOwner(db(), principal, request.params.id);
      return { snapshots: (await listSnapshots(db(), principal.orgId, request.params.id)).map(presentSnapshot) };
    },
  );

  app.post(
    "/api/interviews/:id/snapshots",
    {
      schema: {
        tags,
        summary: "Capture the candidate's code; idempotent on clientId like events",
        params: IdParams,
        body: CreateSnapshotBody,
        response: { 200: CodeSnapshot, 201: CodeSnapshot, ...errors },
      },
    },
    async (request, reply) => {
      const principal = await requirePrincipal(db(), request);
      const owner = await getInterviewOwner(db(), principal, request.params.id);
      authorize(canTakeNotes(principal, owner), notesOnly);
      const { snapshot, created } = await inTransaction(app, (tx) =>
        recordSnapshot(tx, principal.orgId, request.params.id, request.body),
      );
      return reply.code(created ? 201 : 200).send(presentSnapshot(snapshot));
    },
  );
}
