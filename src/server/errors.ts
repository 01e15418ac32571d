// One error shape for every route: { error: { code, message, fields? } }. Bad input is a 400 that names
// the field; a Problem raised by a service function maps to its status; anything else is logged and
// answered with a 500 that gives nothing away.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from "fastify-type-provider-zod";
import { Problem, type ProblemKind } from "../domain/errors.js";

const STATUS: Record<ProblemKind, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  gone: 410,
  rate_limited: 429,
  // A legal hold stops erasure: the request is sound, the organisation's state refuses it for now.
  legal_hold: 409,
};

const UNIQUE_VIOLATION = "23505";

/** The SQLSTATE of a database error, which Drizzle wraps in its own error as the cause. */
function databaseErrorCode(error: unknown): string | undefined {
  for (let e = error as { code?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 3; depth++) {
    if (typeof e.code === "string" && /^[0-9A-Z]{5}$/.test(e.code)) return e.code;
    e = e.cause as typeof e;
  }
  return undefined;
}

export const problemStatus = (problem: Problem) => STATUS[problem.kind];

export interface FieldError {
  field: string;
  message: string;
}

export function errorBody(code: string, message: string, fields?: FieldError[], details?: Record<string, unknown>) {
  return { error: { code, message, ...(fields ? { fields } : {}), ...details } };
}

function validationFields(error: FastifyError): FieldError[] {
  const context = error.validationContext ?? "body";
  const fields: FieldError[] = [];
  const wrongType = new Set<string>();
  for (const issue of error.validation ?? []) {
    // A JSON pointer: "/" between keys, and "~1" and "~0" for a "/" or "~" inside one (RFC 6901).
    const path = issue.instancePath
      .split("/")
      .slice(1)
      .map((key) => key.replaceAll("~1", "/").replaceAll("~0", "~"))
      .join(".");
    const field = path ? `${context}.${path}` : context;
    // zod still runs length checks on a value of the wrong type (an array has a length too); once the
    // type is wrong, the other complaints about that field only add noise.
    if (wrongType.has(field)) continue;
    if (issue.keyword === "invalid_type") {
      wrongType.add(field);
      for (let i = fields.length - 1; i >= 0; i--) if (fields[i]?.field === field) fields.splice(i, 1);
    }
    fields.push({ field, message: issue.message ?? "is not valid" });
  }
  return fields;
}

export interface ErrorHooks {
  /** Told of every 403, before it is answered (the audit log keeps who was refused what). */
  refused?: (request: FastifyRequest) => Promise<void>;
}

export function installErrorHandling(app: FastifyInstance, hooks: ErrorHooks = {}) {
  app.setErrorHandler(async (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    if (hasZodFastifySchemaValidationErrors(error) || error.validation) {
      const fields = validationFields(error);
      const message = fields.map((f) => `${f.field}: ${f.message}`).join("; ");
      return reply.code(400).send(errorBody("invalid_request", message, fields));
    }
    if (error instanceof Problem) {
      if (error.kind === "forbidden") {
        // The refusal is answered whatever happens to its record.
        await hooks.refused?.(request).catch((cause) => request.log.warn({ err: cause }, "could not audit a refusal"));
      }
      if (error.kind === "rate_limited") reply.header("retry-after", String(error.details?.retryAfterSeconds ?? 60));
      const fields = error.field ? [{ field: error.field, message: error.message }] : undefined;
      return reply.code(STATUS[error.kind]).send(errorBody(error.kind, error.message, fields, error.details));
    }
    if (databaseErrorCode(error) === UNIQUE_VIOLATION) {
      // Two requests raced to create the same thing; the loser is told, not shown a 500.
      return reply.code(409).send(errorBody("conflict", "That already exists: it was created by another request."));
    }
    if (isResponseSerializationError(error)) {
      request.log.error({ err: error, issues: error.cause.issues }, "response did not match its schema");
      return reply.code(500).send(errorBody("internal", "Something went wrong on our side."));
    }
    // Fastify's own client errors: malformed JSON, an unsupported content type, a body over the limit.
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      return reply.code(status).send(errorBody(clientErrorCode(error), clientErrorMessage(error)));
    }
    request.log.error({ err: error }, "request failed");
    return reply.code(500).send(errorBody("internal", "Something went wrong on our side."));
  });
}

function clientErrorCode(error: FastifyError): string {
  switch (error.code) {
    case "FST_ERR_CTP_BODY_TOO_LARGE":
      return "payload_too_large";
    case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
      return "unsupported_media_type";
    default:
      return "invalid_request";
  }
}

function clientErrorMessage(error: FastifyError): string {
  switch (error.code) {
    case "FST_ERR_CTP_INVALID_JSON_BODY":
    case "FST_ERR_CTP_EMPTY_JSON_BODY":
      return `body: expected valid JSON (${error.message})`;
    case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
      return "body: expected Content-Type application/json";
    case "FST_ERR_CTP_BODY_TOO_LARGE":
      return "body: too large";
    default:
      return error.message;
  }
}
