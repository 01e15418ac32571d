// Text PostgreSQL cannot store: a NUL character (U+0000) in text or jsonb, or a lone surrogate (half of a
// UTF-16 pair) in jsonb. Found before the database is asked to, so the answer names where it is.
const MAX_DEPTH = 64;

/** Text PostgreSQL cannot store: a NUL, or a lone surrogate (half of a UTF-16 pair, which jsonb refuses). */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
export const unstorable = (text: string) => text.includes("\u0000") || LONE_SURROGATE.test(text);

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
