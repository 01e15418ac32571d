// The one way the web app talks to the API: same-origin JSON with the session cookie. Every non-2xx answer
// becomes an ApiError carrying the server's { error: { code, message, fields } }.
import type { z } from "zod";
import type { ErrorResponse } from "../../features/shared/schemas";

type ErrorBody = z.infer<typeof ErrorResponse>["error"];
export type FieldError = NonNullable<ErrorBody["fields"]>[number];
/** A linter finding that held a feedback release back (a 409 from the releases endpoint). */
export type HeldBackFinding = NonNullable<ErrorBody["findings"]>[number];

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields: FieldError[];
  readonly findings: HeldBackFinding[];

  constructor(
    status: number,
    code: string,
    message: string,
    fields: FieldError[] = [],
    findings: HeldBackFinding[] = [],
  ) {
    super(message);
    this.name = "ApiError";
    this.status = status;
    this.code = code;
    this.fields = fields;
    this.findings = findings;
  }
}

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

export async function request<T>(method: Method, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: "application/json" };
  // Fastify refuses an empty body sent as JSON, so the content type goes only with a body.
  if (body !== undefined) headers["content-type"] = "application/json";
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: "same-origin",
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, "network", "Debrief could not be reached. Check your connection and try again.");
  }
  if (response.status === 204) return undefined as T;
  const payload: unknown = await response.json().catch(() => undefined);
  if (!response.ok) throw toApiError(response.status, payload);
  return payload as T;
}

function toApiError(status: number, payload: unknown): ApiError {
  const error = (payload as { error?: Partial<ErrorBody> } | undefined)?.error;
  if (error && typeof error.message === "string") {
    return new ApiError(status, error.code ?? "error", error.message, error.fields ?? [], error.findings ?? []);
  }
  return new ApiError(status, "error", `The server answered ${status}. Try again in a moment.`);
}

export const api = {
  get: <T>(path: string) => request<T>("GET", path),
  post: <T>(path: string, body: unknown = {}) => request<T>("POST", path, body),
  put: <T>(path: string, body: unknown) => request<T>("PUT", path, body),
  patch: <T>(path: string, body: unknown) => request<T>("PATCH", path, body),
  delete: <T = void>(path: string) => request<T>("DELETE", path),
};

export function isApiError(error: unknown, status?: number): error is ApiError {
  return error instanceof ApiError && (status === undefined || error.status === status);
}

/** A message fit to show a person, whatever was thrown. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return "Something went wrong. Try again.";
}
