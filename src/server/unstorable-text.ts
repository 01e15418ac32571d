// PostgreSQL cannot store a NUL character (U+0000) in text, so a request that still carries one once its
// schema has accepted it (body, query, path) is refused with a 400 naming where it is, before it could fail
// as a 500 in the database. It runs after validation, so the schema's own findings come first; nothing a
// person types needs a NUL.
import type { FastifyRequest } from "fastify";
import { invalidFields } from "../domain/errors.js";
import { unstorablePath } from "../domain/unstorable-text.js";

export async function refuseUnstorableText(request: FastifyRequest): Promise<void> {
  for (const [part, value] of [
    ["params", request.params],
    ["querystring", request.query],
    ["body", request.body],
  ] as const) {
    const field = unstorablePath(value, part);
    if (field) {
      throw invalidFields([
        { field, message: "expected text without NUL characters (\\u0000) or unpaired surrogate halves" },
      ]);
    }
  }
}
