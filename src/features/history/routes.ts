// History in and out over HTTP. The import takes the file as the raw request body and reads it as a
// stream; with `Accept: application/x-ndjson` it answers with progress lines as it goes, then the summary.
import { Readable } from "node:stream";
import type { FastifyReply } from "fastify";
import { Problem } from "../../domain/errors.js";
import { canExportHistory, canImportHistory } from "../../domain/policies.js";
import { type App, inTransaction } from "../../server/context.js";
import { errorBody, problemStatus } from "../../server/errors.js";
import { authorize, requirePrincipal } from "../auth/authenticate.js";
import { forgetInterviewOwners } from "../interviews/interviews.js";
import { ErrorResponse } from "../shared/schemas.js";
import { exportHistory } from "./export-history.js";
import { readHistory } from "./read-history.js";
import { type ImportStreamLineResponse, ImportSummarySchema } from "./schemas.js";
import { invalidHistory, writeHistory } from "./write-history.js";

const tags = ["history"];
const FILE_TYPES = [
  "application/x-ndjson",
  "application/jsonl",
  "application/gzip",
  "application/octet-stream",
  "text/plain",
];
export const MAX_IMPORT_BYTES = 4 * 1024 ** 3;

export async function historyRoutes(app: App) {
  const db = () => app.ctx.database.db;

  // The file is read as it arrives rather than buffered, whatever its size.
  app.addContentTypeParser(FILE_TYPES, (_request, payload, done) => done(null, payload));

  app.post(
    "/api/history/import",
    {
      schema: {
        tags,
        summary: "Import a debrief-history file (admins)",
        description:
          "Send the file (JSON Lines, gzip-compressed or not) as the request body with Content-Type application/x-ndjson or application/gzip. The whole file is checked first: with any invalid line nothing is imported and the 400 lists each problem with its line, field and expectation. Importing the same file again changes nothing. With `Accept: application/x-ndjson` the response streams progress lines, then a `done` or `error` line.",
        consumes: FILE_TYPES,
        response: {
          200: ImportSummarySchema,
          400: ErrorResponse,
          401: ErrorResponse,
          403: ErrorResponse,
          415: ErrorResponse,
        },
      },
    },
    async (request, reply) => {
      const principal = await requirePrincipal(db(), request);
      authorize(canImportHistory(principal));
      const body = request.body as NodeJS.ReadableStream | undefined;
      if (!body || typeof (body as AsyncIterable<Buffer>)[Symbol.asyncIterator] !== "function") {
        throw new Problem(
          "invalid",
          `body: expected the history file, sent with Content-Type ${FILE_TYPES.join(" or ")}`,
          "body",
        );
      }
      const controller = new AbortController();
      // A person who closes the page or cancels the upload gets nothing half-imported. (The request's own
      // "close" fires as soon as its body has been read; the response's fires early only if the client left.)
      reply.raw.once("close", () => {
        if (!reply.raw.writableFinished)
          controller.abort(new Problem("invalid", "The upload was cancelled; nothing was imported."));
      });
      const streaming = (request.headers.accept ?? "").includes("application/x-ndjson");
      const send = streaming ? startStream(reply) : () => {};
      try {
        const collector = await readHistory(limitBytes(body as AsyncIterable<Buffer>, MAX_IMPORT_BYTES), {
          signal: controller.signal,
          onProgress: (p) => send({ type: "progress", phase: "reading", step: "lines", done: p.lines, total: null }),
        });
        if (!collector.valid) throw invalidHistory(collector);
        const summary = await inTransaction(app, (tx) =>
          writeHistory(tx, principal.orgId, collector, {
            signal: controller.signal,
            onProgress: (p) => send({ type: "progress", phase: "writing", step: p.step, done: p.done, total: p.total }),
          }),
        );
        // A re-import may have given an interview another interviewer.
        forgetInterviewOwners(principal.orgId);
        if (!streaming) return summary;
        send({ type: "done", summary });
        reply.raw.end();
        return reply;
      } catch (error) {
        if (!streaming) throw error;
        const problem = error instanceof Problem ? error : undefined;
        if (!problem) request.log.error({ err: error }, "history import failed");
        const status = problem ? problemStatus(problem) : 500;
        const body = problem
          ? errorBody(problem.kind, problem.message, undefined, problem.details)
          : errorBody("internal", "Something went wrong on our side; nothing was imported.");
        send({ type: "error", status, error: body.error });
        reply.raw.end();
        return reply;
      }
    },
  );

  app.get(
    "/api/history/export",
    {
      schema: {
        tags,
        summary: "Export the organisation's history as a debrief-history file (admins and recruiters)",
        produces: ["application/x-ndjson"],
        response: { 401: ErrorResponse, 403: ErrorResponse },
      },
    },
    async (request, reply) => {
      const principal = await requirePrincipal(db(), request);
      authorize(canExportHistory(principal));
      const date = new Date().toISOString().slice(0, 10);
      reply
        .type("application/x-ndjson; charset=utf-8")
        .header("content-disposition", `attachment; filename="debrief-history-${date}.jsonl"`);
      // A stream is sent as it is: the response schemas only describe the error answers.
      return reply.send(Readable.from(exportHistory(db(), principal.orgId)) as never);
    },
  );
}

function startStream(reply: FastifyReply) {
  let started = false;
  let last = 0;
  return (line: ImportStreamLineResponse) => {
    if (!started) {
      started = true;
      reply.hijack();
      reply.raw.writeHead(200, { "content-type": "application/x-ndjson; charset=utf-8", "cache-control": "no-store" });
    }
    // Progress at most ten times a second; the final line always.
    const now = Date.now();
    if (line.type === "progress" && now - last < 100 && line.done !== line.total) return;
    last = now;
    reply.raw.write(`${JSON.stringify(line)}\n`);
  };
}

async function* limitBytes(source: AsyncIterable<Buffer>, limit: number): AsyncGenerator<Buffer> {
  let total = 0;
  for await (const chunk of source) {
    total += chunk.length;
    if (total > limit)
      throw new Problem("invalid", `body: expected a file of at most ${limit / 1024 ** 3} GiB`, "body");
    yield chunk;
  }
}
