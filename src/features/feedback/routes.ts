import { canAssess, canManageFeedbackSettings, canReadAuditLog, canWriteFeedback } from "../../domain/policies.js";
import { type App, inTransaction } from "../../server/context.js";
import { authorize, requirePrincipal } from "../auth/authenticate.js";
import { askDelivery } from "../email/ask-delivery.js";
import { presentSharedLink } from "../feedback-links/present.js";
import { shareFeedback } from "../feedback-links/share.js";
import { getInterviewOwner } from "../interviews/interviews.js";
import { ErrorResponse, IdParams } from "../shared/schemas.js";
import { getAssessment, saveAssessment } from "./assessment.js";
import { listAudit } from "./audit.js";
import { getFeedback, releaseFeedback, saveDraft } from "./feedback.js";
import { presentAssessment, presentAuditEntry, presentFeedback } from "./present.js";
import { interviewBenchmarks } from "./question-benchmarks.js";
import {
  Assessment,
  AssessmentBody,
  AuditLog,
  AuditQuery,
  DraftBody,
  Feedback,
  FeedbackSettings,
  FeedbackSettingsBody,
  InterviewBenchmarks,
  ReleaseBody,
  ReleaseResult,
  SuggestedDraft,
} from "./schemas.js";
import { getFeedbackSettings, updateFeedbackSettings } from "./settings.js";
import { suggestDraft } from "./suggest-draft.js";

const tags = ["feedback"];
const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse };

export async function feedbackRoutes(app: App) {
  const db = () => app.ctx.database.db;

  app.get(
    "/api/interviews/:id/assessment",
    {
      schema: {
        tags,
        summary: "The interviewer's assessment: checklist with evidence, scores, decision, code walk-through",
        params: IdParams,
        response: { 200: Assessment, ...errors },
      },
    },
    async (request) => {
      const principal = await requirePrincipal(db(), request);
      await getInterviewOwner(db(), principal, request.params.id);
      return presentAssessment(await getAssessment(db(), principal.orgId, request.params.id));
    },
  );

  app.put(
    "/api/interviews/:id/assessment",
    {
      schema: {
        tags,
        summary: "Save the assessment (whole); evidence and line ranges must belong to this interview",
        params: IdParams,
        body: AssessmentBody,
        response: { 200: Assessment, ...errors },
      },
    },
    async (request) => {
      const principal = await requirePrincipal(db(), request);
      const owner = await getInterviewOwner(db(), principal, request.params.id);
      authorize(canAssess(principal, owner), "Only the interviewer assesses their interview.");
      const row = await inTransaction(app, (tx) =>
        saveAssessment(tx, principal.orgId, request.params.id, request.body),
      );
      return presentAssessment(row);
    },
  );

  app.get(
    "/api/interviews/:id/feedback",
    {
      schema: {
        tags,
        summary: "The feedback draft and every released version, the newest first",
        params: IdParams,
        response: { 200: Feedback, ...errors },
      },
    },
    async (request) => {
      const principal = await requirePrincipal(db(), request);
      await getInterviewOwner(db(), principal, request.params.id);
      return presentFeedback(await getFeedback(db(), principal.orgId, request.params.id));
    },
  );

  app.get(
    "/api/interviews/:id/feedback/suggested-draft",
    {
      schema: {
        tags,
        summary: "A draft written from the timeline, the assessment and the question's benchmarks",
        description:
          "Deterministic: the same interview, assessment and history give the same text. It opens with specifics, never the outcome; the outcome and scores come last, only where the organisation's policy shows them.",
        params: IdParams,
        response: { 200: SuggestedDraft, ...errors },
      },
    },
    async (request) => {
      const principal = await requirePrincipal(db(), request);
      const owner = await getInterviewOwner(db(), principal, request.params.id);
      authorize(canWriteFeedback(principal, owner));
      return suggestDraft(db(), principal.orgId, request.params.id);
    },
  );

  app.put(
    "/api/interviews/:id/feedback/draft",
    {
      schema: {
        tags,
        summary: "Save the draft being edited",
        params: IdParams,
        body: DraftBody,
        response: { 200: Feedback, ...errors },
      },
    },
    async (request) => {
      const principal = await requirePrincipal(db(), request);
      const owner = await getInterviewOwner(db(), principal, request.params.id);
      authorize(canWriteFeedback(principal, owner));
      const record = await inTransaction(app, async (tx) => {
        await saveDraft(tx, principal.orgId, request.params.id, principal.userId, request.body.text);
        return getFeedback(tx, principal.orgId, request.params.id);
      });
      return presentFeedback(record);
    },
  );

  app.post(
    "/api/interviews/:id/feedback/releases",
    {
      schema: {
        tags,
        summary: "Release the feedback as a new, immutable version",
        description:
          "201 with the feedback, its versions, and the candidate's new link (shown once) with the email that carries it. 409 with the linter's findings when it finds an error-level problem and no overrideReason is given; an override is kept with the version and in the audit log.",
        params: IdParams,
        body: ReleaseBody,
        response: { 201: ReleaseResult, ...errors },
      },
    },
    async (request, reply) => {
      const principal = await requirePrincipal(db(), request);
      const owner = await getInterviewOwner(db(), principal, request.params.id);
      authorize(canWriteFeedback(principal, owner));
      const { record, share } = await inTransaction(app, async (tx) => {
        const version = await releaseFeedback(tx, principal.orgId, request.params.id, principal.userId, request.body);
        const shared = await shareFeedback(tx, app.ctx.config, {
          orgId: principal.orgId,
          interviewId: request.params.id,
          actorId: principal.userId,
          corrected: version > 1,
          sendEmail: true,
        });
        return { record: await getFeedback(tx, principal.orgId, request.params.id), share: shared };
      });
      // Sent after the commit, by a background job: the release does not wait on SMTP.
      if (share.email) await askDelivery(app.ctx.jobs, request.log, [share.email]);
      return reply.code(201).send({ ...presentFeedback(record), share: presentSharedLink(share) });
    },
  );

  app.get(
    "/api/interviews/:id/benchmarks",
    {
      schema: {
        tags,
        summary: "What the strongest performers do on this interview's question (for the live debrief)",
        params: IdParams,
        response: { 200: InterviewBenchmarks, ...errors },
      },
    },
    async (request) => {
      const principal = await requirePrincipal(db(), request);
      await getInterviewOwner(db(), principal, request.params.id);
      return interviewBenchmarks(db(), principal.orgId, request.params.id);
    },
  );

  app.get(
    "/api/feedback/settings",
    {
      schema: {
        tags,
        summary: "What candidates see beyond the feedback, and the organisation's own score dimensions",
        response: { 200: FeedbackSettings, ...errors },
      },
    },
    async (request) => {
      const principal = await requirePrincipal(db(), request);
      return getFeedbackSettings(db(), principal.orgId);
    },
  );

  app.put(
    "/api/feedback/settings",
    {
      schema: {
        tags,
        summary: "Change the feedback policy and score dimensions (admins)",
        body: FeedbackSettingsBody,
        response: { 200: FeedbackSettings, ...errors },
      },
    },
    async (request) => {
      const principal = await requirePrincipal(db(), request);
      authorize(canManageFeedbackSettings(principal));
      return inTransaction(app, (tx) => updateFeedbackSettings(tx, principal.orgId, principal.userId, request.body));
    },
  );

  app.get(
    "/api/audit-log",
    {
      schema: {
        tags,
        summary: "Releases, corrections, linter overrides and settings changes, the newest first (admins)",
        querystring: AuditQuery,
        response: { 200: AuditLog, ...errors },
      },
    },
    async (request) => {
      const principal = await requirePrincipal(db(), request);
      authorize(canReadAuditLog(principal));
      return { entries: (await listAudit(db(), principal.orgId, request.query)).map(presentAuditEntry) };
    },
  );
}
