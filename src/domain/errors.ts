// Errors that service functions raise. They name what went wrong in the product's terms; the HTTP layer
// (src/server/errors.ts) and the CLI each decide how to show them.
export type ProblemKind =
  | "invalid"
  | "unauthenticated"
  | "forbidden"
  | "not_found"
  | "conflict"
  | "gone"
  | "rate_limited"
  | "legal_hold";

export class Problem extends Error {
  constructor(
    readonly kind: ProblemKind,
    message: string,
    /** The field the problem is about, as a dotted path, when there is one. */
    readonly field?: string,
    /** More about the problem, added to the error response as it is (for instance every bad line of a file). */
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = "Problem";
  }
}

export const notFound = (what: string) => new Problem("not_found", `${what} was not found.`);
export const forbidden = (message = "Your role does not allow this.") => new Problem("forbidden", message);
export const unauthenticated = (message = "Sign in first.") => new Problem("unauthenticated", message);
export const conflict = (message: string, field?: string) => new Problem("conflict", message, field);
export const invalid = (message: string, field?: string) => new Problem("invalid", message, field);

/** Too many attempts: `retryAfterSeconds` says when the next one is taken. */
export const rateLimited = (message: string, retryAfterSeconds: number) =>
  new Problem("rate_limited", message, undefined, { retryAfterSeconds });

/** Bad input found by checks beyond the request schema: every field and what is wrong with it, in one 400. */
export function invalidFields(fields: { field: string; message: string }[]): Problem {
  return new Problem("invalid", fields.map((f) => `${f.field}: ${f.message}`).join("; "), undefined, { fields });
}
