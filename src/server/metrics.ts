// Prometheus metrics at GET /metrics: every request's duration by route pattern (never by its address,
// which would carry ids and tokens) and status, and the process's own figures (memory, CPU, event loop).
// Scraped with `Authorization: Bearer $DEBRIEF_METRICS_TOKEN`; without a token configured, only from this
// machine (a scraper on the same host, or an operator's curl).
import { timingSafeEqual } from "node:crypto";
import type { FastifyRequest } from "fastify";
import { collectDefaultMetrics, Histogram, Registry } from "prom-client";
import type { App } from "./context.js";
import { errorBody } from "./errors.js";

const LOOPBACK = new Set(["127.0.0.1", "::1", "::ffff:127.0.0.1"]);

function mayScrape(request: FastifyRequest, token: string | undefined): boolean {
  if (!token) return LOOPBACK.has(request.socket.remoteAddress ?? "");
  const presented = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? "")?.[1] ?? "";
  const [a, b] = [Buffer.from(presented), Buffer.from(token)];
  return a.length === b.length && timingSafeEqual(a, b);
}

export function installMetrics(app: App, token: string | undefined): void {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: "debrief_" });
  const duration = new Histogram({
    name: "debrief_http_request_duration_seconds",
    help: "Time to answer a request, by route pattern and status",
    labelNames: ["method", "route", "status"],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  app.addHook("onResponse", async (request, reply) => {
    // Unmatched addresses are one series, whatever was asked for.
    const route = request.routeOptions.url ?? "unmatched";
    duration.observe({ method: request.method, route, status: String(reply.statusCode) }, reply.elapsedTime / 1000);
  });
  app.get("/metrics", { schema: { hide: true } }, async (request, reply) => {
    if (!mayScrape(request, token)) {
      return reply.code(404).send(errorBody("not_found", "There is no GET /metrics."));
    }
    return reply.type(registry.contentType).send(await registry.metrics());
  });
}
