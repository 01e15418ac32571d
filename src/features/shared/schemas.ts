// Field schemas used by more than one feature, so that a name or an email means the same everywhere.
import { z } from "zod";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "../../domain/passwords.js";
import { roles } from "../../domain/roles.js";

export const Id = z.uuid({ error: "expected an id (a UUID)" });

/**
 * A whole number in a query string, written in digits only: `Number()` would also take "0x10", "1e2" or
 * " 5", which no client means.
 */
export const queryInt = (min: number, max: number, fallback: number) =>
  z
    .string({ error: "expected a whole number" })
    .regex(/^\d{1,9}$/, "expected a whole number, written in digits")
    .default(String(fallback))
    .transform(Number)
    .pipe(z.number().min(min, `expected at least ${min}`).max(max, `expected at most ${max}`));
export const IdParams = z.object({ id: Id });
export const PersonName = z.string().trim().min(1, "expected a name").max(200, "expected at most 200 characters");
export const Email = z
  .string()
  .trim()
  .max(320, "expected at most 320 characters")
  .pipe(z.email({ error: "expected an email address" }));
export const Password = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `expected at least ${MIN_PASSWORD_LENGTH} characters`)
  .max(MAX_PASSWORD_LENGTH, `expected at most ${MAX_PASSWORD_LENGTH} characters`);
export const RoleSchema = z.enum(roles, { error: `expected one of ${roles.join(", ")}` });
export const Timestamp = z.iso.datetime({ offset: true });

export const ErrorResponse = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      fields: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
      problems: z
        .array(z.object({ line: z.number(), field: z.string(), message: z.string() }))
        .optional()
        .describe("For an invalid history file: each bad line, up to problemLimit."),
      problemCount: z.number().optional(),
      findings: z
        .array(
          z.object({
            rule: z.string(),
            severity: z.string(),
            start: z.number(),
            end: z.number(),
            message: z.string(),
            suggestion: z.string().optional(),
          }),
        )
        .optional()
        .describe("For feedback held back at release: every finding of the linter."),
      problemLimit: z.number().optional(),
      legalHold: z
        .object({ reason: z.string(), since: z.string(), placedBy: z.string() })
        .optional()
        .describe("For an erasure refused while the organisation is under a legal hold: the hold."),
    }),
  })
  .meta({ id: "Error" });

export const Organization = z.object({ id: Id, name: z.string() }).meta({ id: "Organization" });
export const Person = z
  .object({
    id: Id,
    name: z.string(),
    email: z.string().nullable(),
    role: RoleSchema,
    externalId: z.string().nullable().describe("The id this person has in imported history, if any."),
    active: z.boolean(),
    canSignIn: z.boolean(),
    createdAt: Timestamp,
  })
  .meta({ id: "Person" });
