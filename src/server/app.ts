// The application as a Fastify instance: shared infrastructure (cookies, validation, errors, the OpenAPI
// document, the web app's files) and the feature routes. Tests build it with an in-memory database and
// call `inject`; src/server/serve.ts builds it and listens.
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import fastifyCookie from "@fastify/cookie";
import fastifyStatic from "@fastify/static";
import fastifySwagger from "@fastify/swagger";
import fastifySwaggerUi from "@fastify/swagger-ui";
import Fastify, { type FastifyReply, type FastifyServerOptions } from "fastify";
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from "fastify-type-provider-zod";
import type { Database } from "../data/database.js";
import { analyticsRoutes } from "../features/analytics/routes.js";
import { auditRefusal } from "../features/auth/audit-refusal.js";
import { authRoutes } from "../features/auth/routes.js";
import { debriefSelfAssessmentRoutes } from "../features/candidate-portal/debrief-routes.js";
import { candidatePortalRoutes } from "../features/candidate-portal/routes.js";
import { candidateRoutes } from "../features/candidates/routes.js";
import { dataRightsRoutes } from "../features/data-rights/routes.js";
import { emailRoutes } from "../features/email/routes.js";
import { feedbackLintRoutes } from "../features/feedback/lint-routes.js";
import { feedbackRoutes } from "../features/feedback/routes.js";
import { feedbackLinkRoutes } from "../features/feedback-links/routes.js";
import { healthRoutes } from "../features/health/routes.js";
import { historyRoutes } from "../features/history/routes.js";
import { interviewRoutes } from "../features/interviews/routes.js";
import { peopleRoutes } from "../features/people/routes.js";
import { questionRoutes } from "../features/questions/routes.js";
import { secondLookRoutes } from "../features/second-look/routes.js";
import { tokenRoutes } from "../features/tokens/routes.js";
import { type Jobs, noJobs } from "../jobs/jobs.js";
import type { Config } from "./config.js";
import type { App } from "./context.js";
import { errorBody, installErrorHandling } from "./errors.js";
import { installMetrics } from "./metrics.js";
import { appPagePolicy, setSecurityHeaders } from "./security-headers.js";
import { refuseUnstorableText } from "./unstorable-text.js";

export const webRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../dist/web");

export interface BuildAppOptions {
  database: Database;
  config: Config;
  logger?: FastifyServerOptions["logger"];
  /** Background work; without it (most API tests) queued email waits for the sweep of a running instance. */
  jobs?: Jobs;
}

export async function buildApp({ database, config, logger = false, jobs = noJobs }: BuildAppOptions): Promise<App> {
  const app = Fastify({
    logger,
    bodyLimit: 1024 * 1024,
    // Answer requests that arrive while shutting down with 503 instead of holding them.
    return503OnClosing: true,
    // Everything a person sends is validated by zod; Fastify's own coercion would hide type errors.
    ajv: { customOptions: { coerceTypes: false } },
    genReqId: () => crypto.randomUUID(),
    // An address Fastify cannot decode (a lone % or a broken escape) gets the one error shape too.
    frameworkErrors: (error, _request, reply) => {
      const message = `path: ${error.message}`;
      (reply as FastifyReply).code(400).send(errorBody("invalid_request", message, [{ field: "path", message }]));
    },
    // Only proxies named in the configuration are believed about the client's address.
    trustProxy: config.trustProxy ?? false,
  }).withTypeProvider<ZodTypeProvider>();

  app.decorate("ctx", { database, config, jobs });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandling(app, { refused: (request) => auditRefusal(database.db, request) });
  app.addHook("preHandler", refuseUnstorableText);

  const https = config.publicUrl.startsWith("https:");
  app.addHook("onSend", async (_request, reply, payload) => {
    setSecurityHeaders(reply, https);
    return payload;
  });

  await app.register(fastifyCookie);
  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: "Debrief API",
        description:
          "Post-interview feedback: organisations, people, interviews, feedback and analytics. Authenticate with the session cookie from POST /api/session, or with 'Authorization: Bearer <API token>'.",
        version: "1",
      },
      components: {
        securitySchemes: {
          session: { type: "apiKey", in: "cookie", name: "debrief_session" },
          token: { type: "http", scheme: "bearer" },
        },
      },
      security: [{ session: [] }, { token: [] }],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(fastifySwaggerUi, { routePrefix: "/api/docs" });
  app.get("/api/openapi.json", { schema: { hide: true } }, async () => app.swagger());

  installMetrics(app, config.metricsToken);
  await app.register(healthRoutes);
  await app.register(authRoutes);
  await app.register(peopleRoutes);
  await app.register(tokenRoutes);
  await app.register(historyRoutes);
  await app.register(candidateRoutes);
  await app.register(dataRightsRoutes);
  await app.register(analyticsRoutes);
  await app.register(questionRoutes);
  await app.register(interviewRoutes);
  await app.register(feedbackRoutes);
  await app.register(feedbackLintRoutes);
  await app.register(emailRoutes);
  await app.register(feedbackLinkRoutes);
  await app.register(candidatePortalRoutes);
  await app.register(debriefSelfAssessmentRoutes);
  await app.register(secondLookRoutes);

  await serveWebApp(app);
  return app;
}

/** Serves the built React app, and its index page for any other GET outside /api so client routes load. */
async function serveWebApp(app: App) {
  const built = existsSync(path.join(webRoot, "index.html"));
  if (built) await app.register(fastifyStatic, { root: webRoot, wildcard: false, index: false });
  app.setNotFoundHandler((request, reply) => {
    const pathname = request.url.split("?")[0] ?? "/";
    const isPage =
      (request.method === "GET" || request.method === "HEAD") && !pathname.startsWith("/api/") && pathname !== "/api";
    if (!isPage) {
      return reply.code(404).send(errorBody("not_found", `There is no ${request.method} ${pathname}.`));
    }
    if (!built) {
      return reply
        .code(503)
        .type("text/plain")
        .send("The web app has not been built yet: run `npm run build`, then reload. The API is at /api/docs.");
    }
    if (pathname === "/candidate" || pathname.startsWith("/candidate/")) {
      // A candidate's pages: not kept by caches or shared devices' history, no referrer, nothing loaded
      // from elsewhere (Mantine's styles are inline, hence 'unsafe-inline' for styles alone).
      reply
        .header("cache-control", "no-store")
        .header("referrer-policy", "no-referrer")
        .header("content-security-policy", appPagePolicy);
      return reply.sendFile("index.html");
    }
    return reply
      .header("cache-control", "no-cache")
      .header("content-security-policy", appPagePolicy)
      .sendFile("index.html");
  });
}
