// PostgreSQL cannot store a NUL character (U+0000) in text, so a request that still carries one once its
// schema has accepted it (body, query, path) is refused with a 400 naming where it is, before it could fail
// as a 500 in the database. It runs after validation, so the schema's own findings come first; nothing a
// person types needs a NUL.
import type { FastifyRequest } from "fastify";
import { invalidFields } from "../domain/errors.js";

const MAX_DEPTH = 64;

/** Text PostgreSQL cannot store: a NUL, or a lone surrogate (half of a UTF-16 pair, which jsonb refuses). */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const unstorable = (text: string) => text.includes("\u0000") || LONE_SURROGATE.test(text);

/** The dotted path of the first string it cannot store, or undefined. Deeper than MAX_DEPTH is left to zod. */
export function unstorablePath(value: unknown, path: string, depth = 0): string | undefined {
  if (typeof value === "string") return unstorable(value) ? path : undefined;
  if (value === null || typeof value !== "object" || depth > MAX_DEPTH) return undefined;
  // Only what JSON parsing makes: a streamed body (a history file) or a Buffer is read by its own route.
  const proto = Object.getPrototypeOf(value);
  if (!Array.isArray(value) && proto !== Object.prototype && proto !== null) return undefined;
  for (const [key, item] of Object.entries(value)) {
    // A key is stored too (a record's keys, in jsonb), and jsonb takes no NUL either.
    if (unstorable(key)) return `${path}.${key}`;
    const found = unstorablePath(item, `${path}.${key}`, depth + 1);
    if (found) return found;
  }
  return undefined;
}

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
