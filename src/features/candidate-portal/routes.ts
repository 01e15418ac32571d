// The candidate's side over HTTP: the link's plain pages (/c/:token) and the API the candidate's pages call
// (/api/candidate/*), which answers only to the candidate cookie and only about that candidate's interview.
// Every answer here is kept out of caches and sends no referrer.
import type { FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import { unauthenticated } from "../../domain/errors.js";
import { type App, inTransaction } from "../../server/context.js";
import { isCrossSite } from "../auth/same-origin.js";
import { ErrorResponse } from "../shared/schemas.js";
import { createThrottle } from "../shared/throttle.js";
import {
  CANDIDATE_COOKIE,
  type CandidatePrincipal,
  endCandidateSession,
  exchangeLink,
  resolveCandidateSession,
} from "./access.js";
import { continuePage, linkPagePolicy, throttledPage, unusablePage } from "./link-page.js";
import { getComparison, getOverview, openFeedback, readFeedback, saveRating } from "./portal.js";
import { presentCandidateFeedback, presentOverview, presentSelfAssessment } from "./present.js";
import {
  CandidateFeedback,
  CandidateOverview,
  Comparison,
  Rating,
  RatingBody,
  SelfAssessment,
  SelfAssessmentBody,
} from "./schemas.js";
import { saveSelfAssessment } from "./self-assessment.js";

const tags = ["candidate"];
const errors = { 400: ErrorResponse, 401: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse };
// Any string: a token of the wrong shape is answered like any other unusable one, never with a 400.
const TokenParams = z.object({ token: z.string() });

/** Ten unusable tokens from one address in fifteen minutes, and it waits out the rest of them. */
export const GUESS_LIMIT = 10;
const GUESS_WINDOW_MS = 15 * 60 * 1000;

function privateResponse(reply: FastifyReply) {
  reply.header("cache-control", "no-store");
  reply.header("referrer-policy", "no-referrer");
}

export async function candidatePortalRoutes(app: App) {
  const db = () => app.ctx.database.db;
  const throttle = createThrottle({
    scope: "candidate-link:address",
    limit: GUESS_LIMIT,
    windowMs: GUESS_WINDOW_MS,
    db,
  });

  // The continue button posts an empty form; nothing in it is read.
  app.addContentTypeParser("application/x-www-form-urlencoded", { parseAs: "string" }, (_request, _body, done) =>
    done(null, {}),
  );
  app.addHook("onRequest", async (_request, reply) => privateResponse(reply));

  const htmlPage = (reply: FastifyReply, status: number, html: string) =>
    reply.code(status).header("content-security-policy", linkPagePolicy).type("text/html; charset=utf-8").send(html);

  app.get("/c/:token", { schema: { hide: true, params: TokenParams } }, async (_request, reply) =>
    htmlPage(reply, 200, continuePage()),
  );

  app.post("/c/:token", { schema: { hide: true, params: TokenParams } }, async (request, reply) => {
    // A form posted from another site could sign a visitor in as someone else's candidate.
    if (isCrossSite(request)) return htmlPage(reply, 403, unusablePage());
    const wait = await throttle.retryAfter(request.ip);
    if (wait > 0) {
      reply.header("retry-after", Math.ceil(wait / 1000));
      return htmlPage(reply, 429, throttledPage(Math.ceil(wait / 60_000)));
    }
    const session = await exchangeLink(db(), request.params.token);
    if (!session) {
      await throttle.count(request.ip);
      request.log.warn({ ip: request.ip }, "an unusable candidate link was tried");
      return htmlPage(reply, 404, unusablePage());
    }
    reply.setCookie(CANDIDATE_COOKIE, session.token, {
      path: "/api/candidate",
      httpOnly: true,
      sameSite: "strict",
      secure: app.ctx.config.secureCookies,
      expires: session.expiresAt,
    });
    return reply.redirect("/candidate", 303);
  });

  const requireCandidate = async (request: FastifyRequest): Promise<CandidatePrincipal> => {
    const cookie = request.cookies[CANDIDATE_COOKIE];
    const who = cookie ? await resolveCandidateSession(db(), cookie) : undefined;
    if (!who) throw unauthenticated("Open the link from your email again: this visit has ended.");
    return who;
  };

  app.get(
    "/api/candidate",
    {
      schema: {
        tags,
        summary: "The candidate's interview and where they are in it",
        response: { 200: CandidateOverview, ...errors },
      },
    },
    async (request) => presentOverview(await getOverview(db(), await requireCandidate(request))),
  );

  app.put(
    "/api/candidate/self-assessment",
    {
      schema: {
        tags,
        summary: "The candidate's own view, before the feedback (it can change until the feedback is opened)",
        body: SelfAssessmentBody,
        response: { 200: SelfAssessment, ...errors },
      },
    },
    async (request) => {
      const who = await requireCandidate(request);
      const row = await inTransaction(app, (tx) =>
        saveSelfAssessment(tx, who.orgId, who.interviewId, request.body, "candidate"),
      );
      return presentSelfAssessment(row);
    },
  );

  app.post(
    "/api/candidate/feedback/open",
    {
      schema: {
        tags,
        summary: "Open the feedback as released: from now on the self-assessment stays as it is",
        response: { 200: CandidateFeedback, ...errors },
      },
    },
    async (request) => {
      const who = await requireCandidate(request);
      return presentCandidateFeedback(await inTransaction(app, (tx) => openFeedback(tx, who)));
    },
  );

  app.get(
    "/api/candidate/feedback",
    {
      schema: {
        tags,
        summary: "The feedback as released, once opened (reading it changes nothing)",
        response: { 200: CandidateFeedback, ...errors },
      },
    },
    async (request) => presentCandidateFeedback(await readFeedback(db(), await requireCandidate(request))),
  );

  app.get(
    "/api/candidate/comparison",
    {
      schema: {
        tags,
        summary: "The candidate's view beside the interviewer's, point by point, with the interviewer's reasons",
        response: { 200: Comparison, ...errors },
      },
    },
    async (request) => getComparison(db(), await requireCandidate(request)),
  );

  app.put(
    "/api/candidate/rating",
    {
      schema: {
        tags,
        summary: "The candidate's rating of the interview experience",
        body: RatingBody,
        response: { 200: Rating, ...errors },
      },
    },
    async (request) => {
      const who = await requireCandidate(request);
      const row = await inTransaction(app, (tx) => saveRating(tx, who, request.body));
      return { wouldReturn: row.wouldReturn, comment: row.comment };
    },
  );

  app.delete(
    "/api/candidate/session",
    { schema: { tags, summary: "End this visit (the link still works)", response: { 204: z.null() } } },
    async (request, reply) => {
      const cookie = request.cookies[CANDIDATE_COOKIE];
      if (cookie) await endCandidateSession(db(), cookie);
      reply.clearCookie(CANDIDATE_COOKIE, { path: "/api/candidate" });
      return reply.code(204).send(null);
    },
  );
}
