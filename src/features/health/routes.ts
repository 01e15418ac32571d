import { z } from "zod";
import type { App } from "../../server/context.js";

const Health = z.object({ status: z.enum(["ok", "unavailable"]), database: z.string() });

export async function healthRoutes(app: App) {
  app.get(
    "/healthz",
    {
      schema: {
        tags: ["health"],
        summary: "200 when the database answers, 503 when it does not",
        response: { 200: Health, 503: Health },
      },
    },
    async (request, reply) => {
      try {
        await app.ctx.database.ping();
        return { status: "ok" as const, database: app.ctx.database.target.kind };
      } catch (error) {
        request.log.warn({ err: error }, "health check: the database did not answer");
        return reply.code(503).send({ status: "unavailable" as const, database: app.ctx.database.target.kind });
      }
    },
  );
}
