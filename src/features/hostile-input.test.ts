// Hostile input to every route of the OpenAPI document, generated with fast-check from the document's own
// request schemas: wrong types, missing and extra fields, NUL bytes, lone surrogates, bidi and zero-width
// characters, prototype keys, numbers JavaScript cannot hold, huge, deep and malformed bodies, hostile path
// segments and query strings; as an admin, as an interviewer who owns the interview, as a candidate and as
// nobody. Whatever arrives, the server answers in its one error shape, never with a 5xx, names the field a
// 400 is about, keeps answering /healthz, and leaves Object.prototype alone. A route added to the document
// is covered without a change here.
import { randomUUID } from "node:crypto";
import { gzipSync } from "node:zlib";
import fc from "fast-check";
import type { LightMyRequestResponse } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addPerson, buildTestApp, PASSWORD, type SignedUp, signUpOrganization, type TestApp } from "../test/app.js";
import {
  encodeHostile,
  type Field,
  fieldName,
  fieldsOf,
  HOSTILE_STRINGS,
  type JsonSchema,
  type Mutation,
  mutate,
  mutationArbitrary,
  type Path,
  RAW_SEGMENTS,
  sample,
} from "../test/hostile/arbitraries.js";
import { releasedInterview } from "../test/released-interview.js";

/** Runs per route and property: enough to meet every kind of mutation, few enough to finish in a minute. */
const RUNS = Number(process.env.HOSTILE_RUNS ?? 12);
// The same inputs on every run by default, so that CI's verdict can be reproduced from its log; set
// HOSTILE_SEED to another number to explore further, or to "random" for a fresh seed each run.
const SEED = process.env.HOSTILE_SEED === "random" ? undefined : Number(process.env.HOSTILE_SEED ?? 20_261_202);
const fcOptions = { numRuns: RUNS, ...(SEED === undefined ? {} : { seed: SEED }) };

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
type Who = "admin" | "owner" | "candidate" | "anonymous";

interface Parameter {
  in: "path" | "query";
  name: string;
  required?: boolean;
  schema: JsonSchema;
}
interface Operation {
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: JsonSchema }> };
}
interface Document {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, JsonSchema> };
}
interface Route {
  method: Method;
  path: string;
  operation: Operation;
  /** The JSON body's schema, for routes that take one. */
  body?: JsonSchema;
}

let t: TestApp;
let doc: Document;
let routes: Route[];
let admin: SignedUp;
let owner: SignedUp;
/** Someone whose record the people routes may change freely: never the admin the tests act as. */
let victim: SignedUp;
let ids: Record<string, string>;
let candidateCookie: string;
let linkToken: string;

const resolve = (schema: JsonSchema): JsonSchema => {
  if (!schema.$ref) return schema;
  const name = schema.$ref.replace("#/components/schemas/", "");
  const found = doc.components.schemas[name];
  if (!found) throw new Error(`the document has no schema ${name}`);
  return found;
};

/** A real id for a path parameter, by the route it belongs to. */
function realParam(path: string, name: string): string {
  if (name === "slug") return ids.slug as string;
  if (name === "eventId") return ids.event as string;
  if (name === "linkId") return ids.link as string;
  if (name === "interviewId") return ids.interview as string;
  if (name === "childId") return (path.includes("/offers/") ? ids.offer : ids.outcome) as string;
  const collection = path.split("/")[2] ?? "";
  const byCollection: Record<string, string | undefined> = {
    people: victim.userId,
    invitations: ids.invitation,
    tokens: ids.token,
    candidates: ids.candidate,
    questions: ids.question,
    interviews: ids.interview,
    email: ids.email,
  };
  const id = byCollection[collection];
  if (!id) throw new Error(`no real value for ${name} of ${path}`);
  return id;
}

/** Real values for body fields that name records, so a body can get past "not found" to the deeper checks. */
function pickField(name: string): unknown {
  switch (name) {
    case "candidateId":
      return ids.candidate;
    case "interviewerId":
      return owner.userId;
    case "snapshotId":
      return ids.snapshot;
    case "eventId":
      return ids.event;
    case "clientId":
      return randomUUID();
    case "password":
      return PASSWORD;
    default:
      return undefined;
  }
}

function headersOf(who: Who): Record<string, string> {
  switch (who) {
    case "admin":
      return admin.headers;
    case "owner":
      return owner.headers;
    case "candidate":
      return { cookie: candidateCookie };
    case "anonymous":
      return {};
  }
}

/** Who may meaningfully call a route: the owner only matters for interviews, the candidate for their API. */
function callersOf(route: Route): Who[] {
  if (route.path.startsWith("/api/candidate/") || route.path === "/api/candidate") return ["candidate", "anonymous"];
  if (route.path.startsWith("/api/interviews")) return ["admin", "owner", "anonymous"];
  return ["admin", "anonymous"];
}

/** A path segment: a real id, a random string, or something hostile (some already percent-encoded). */
const segmentArbitrary = (route: Route, name: string) =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constant({ real: true, text: encodeURIComponent(realParam(route.path, name)) }) },
    {
      weight: 1,
      arbitrary: fc.string({ minLength: 1, maxLength: 40 }).map((s) => ({ real: false, text: encodeHostile(s) })),
    },
    { weight: 1, arbitrary: fc.uuid().map((s) => ({ real: false, text: s })) },
    {
      weight: 2,
      arbitrary: fc
        .constantFrom(...HOSTILE_STRINGS.filter((s) => s.length > 0 && s.length < 1000))
        .map((s) => ({ real: false, text: encodeHostile(s) })),
    },
    { weight: 1, arbitrary: fc.constantFrom(...RAW_SEGMENTS).map((text) => ({ real: false, text })) },
  );

function pathArbitrary(route: Route) {
  const names = [...route.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string);
  return fc.tuple(...names.map((name) => segmentArbitrary(route, name))).map((segments) => {
    let url = route.path;
    const broken: string[] = [];
    names.forEach((name, i) => {
      const segment = segments[i] as { real: boolean; text: string };
      url = url.replace(`{${name}}`, segment.text);
      if (!segment.real) broken.push(`params.${name}`);
    });
    return { url, broken };
  });
}

/**
 * Whether a query parameter's schema must refuse a value. Integers are read as `Number(value)` reads them
 * (z.coerce), so "0x10" and "" are numbers: lenient, but what the schema says.
 */
function refused(s: JsonSchema & { maximum?: number; maxLength?: number }, value: string): boolean {
  if (s.type === "integer") {
    const n = Number(value);
    return !Number.isSafeInteger(n) || n < (s.minimum ?? -Infinity) || n > (s.maximum ?? Infinity);
  }
  if (s.enum) return !s.enum.includes(value);
  if (s.format === "date-time") return true;
  return value.length > (s.maxLength ?? Infinity);
}

/** A query value: plausible, hostile, not a number, a number no integer is, or the same key twice. */
function queryArbitrary(route: Route) {
  const query = (route.operation.parameters ?? []).filter((p) => p.in === "query");
  if (query.length === 0) return fc.constant({ text: "", invalid: [] as string[], touched: [] as string[] });
  const one = (p: Parameter) => {
    const s = resolve(p.schema);
    const plain = (value: string, invalid: boolean) => ({ values: [value], invalid });
    const options: fc.Arbitrary<{ values: string[]; invalid: boolean } | null>[] = [
      fc.constant(null),
      fc.constant(plain(String(sample(s, resolve, () => undefined)), false)),
      fc.constantFrom(...HOSTILE_STRINGS).map((v) => plain(v, refused(s, v))),
      // The same key twice arrives as an array, which no parameter here takes.
      fc.constant({ values: ["1", "2"], invalid: true }),
    ];
    if (s.type === "integer") {
      options.push(
        fc
          .constantFrom("abc", "1.5", "1e309", "NaN", "Infinity", "-1", "99999999999999999999999", "0x10", "")
          .map((v) => plain(v, refused(s, v))),
      );
    }
    return fc.oneof(...options).map((value) => ({ p, value }));
  };
  return fc.tuple(...query.map(one)).map((chosen) => {
    const parts: string[] = [];
    const invalid: string[] = [];
    const touched: string[] = [];
    for (const { p, value } of chosen) {
      if (!value) continue;
      for (const v of value.values) parts.push(`${encodeURIComponent(p.name)}=${encodeHostile(v)}`);
      touched.push(`querystring.${p.name}`);
      if (value.invalid) invalid.push(`querystring.${p.name}`);
    }
    // A prototype key in the query string, now and then: the parser must not hand it to an object's prototype.
    if (chosen.length % 2 === 0) parts.push("__proto__%5Bpolluted%5D=1", "constructor%5Bprototype%5D%5Bpolluted%5D=1");
    return { text: parts.join("&"), invalid, touched };
  });
}

function bodyOf(
  response: LightMyRequestResponse,
): { error?: { code?: unknown; message?: unknown; fields?: unknown } } | undefined {
  try {
    return response.json();
  } catch {
    return undefined;
  }
}

/** Whether one name covers the other: `body.policy` covers `body.policy.includeOutcome` and back. */
const related = (a: string, b: string) => a === b || a.startsWith(`${b}.`) || b.startsWith(`${a}.`);
const lastSegment = (name: string) =>
  name
    .split(".")
    .filter((s) => !/^\d+$/.test(s))
    .pop() ?? name;

/**
 * What is wrong with one answer: a 5xx, an error that is not the one shape, a 400 that names nothing it was
 * sent, or a 2xx for a request the document's schema rules out.
 */
function problemsWith(
  response: LightMyRequestResponse,
  { invalid, touched, baseline = [] }: { invalid: string[]; touched: string[]; baseline?: string[] },
): string[] {
  const status = response.statusCode;
  const problems: string[] = [];
  if (status >= 500) return [`status ${status}: ${response.body.slice(0, 300)}`];
  const body = bodyOf(response);
  if (status >= 400) {
    const error = body?.error;
    if (typeof error?.code !== "string" || typeof error?.message !== "string") {
      problems.push(`status ${status} without the error shape: ${response.body.slice(0, 200)}`);
    }
  }
  if (invalid.length > 0 && status !== 400) {
    problems.push(`expected 400 for invalid ${invalid.join(", ")}, got ${status}: ${response.body.slice(0, 200)}`);
  }
  if (status === 400 && typeof body?.error?.message === "string") {
    const message = body.error.message;
    const fields = Array.isArray(body.error.fields) ? (body.error.fields as { field?: unknown }[]) : [];
    const named = fields.map((f) => String(f.field));
    // The unmutated body may itself be refused (a sampled value the schema's refinements rule out): naming
    // what made it so is naming a field too.
    const about = [...(invalid.length > 0 ? invalid : touched), ...baseline];
    // An address that cannot be decoded at all is refused before its parameters are told apart: "path"
    // then names whichever parameter broke it.
    // Validation reports a key's path joined with "/" unescaped, so a key holding "/" reads as more levels:
    // compare with "/" and "." alike.
    const flat = (name: string) => name.replaceAll("/", ".");
    const names = (candidate: string) =>
      (named.includes("path") && candidate.startsWith("params.")) ||
      named.some((n) => related(flat(n), flat(candidate))) ||
      named.some((n) => related(n, candidate)) ||
      message.includes(candidate) ||
      message.includes(lastSegment(candidate));
    if (about.length > 0 && !about.some(names)) {
      problems.push(`400 names none of ${about.join(", ")}: ${response.body.slice(0, 300)}`);
    }
  }
  return problems;
}

async function healthy(): Promise<string[]> {
  const health = await t.app.inject({ url: "/healthz" });
  const polluted =
    ({} as Record<string, unknown>).polluted !== undefined ||
    (Object.prototype as Record<string, unknown>).polluted !== undefined;
  return [
    ...(health.statusCode === 200 ? [] : [`/healthz answered ${health.statusCode}`]),
    ...(polluted ? ["Object.prototype was polluted"] : []),
  ];
}

/** Runs one property per route, gathering each route's counterexample instead of stopping at the first. */
async function eachRoute(select: (route: Route) => boolean, property: (route: Route) => Promise<void>) {
  const failures: string[] = [];
  for (const route of routes.filter(select)) {
    try {
      await property(route);
    } catch (error) {
      // The counterexample and the assertion it broke, without fast-check's hints.
      const cause = (error as Error).cause;
      const lines = [
        ...String((error as Error).message).split("\n"),
        ...String(cause ? (cause as Error).message : "").split("\n"),
      ];
      const kept = lines.filter((l) => l.trim() && !l.startsWith("Hint") && !l.includes("Shrunk"));
      failures.push(`${route.method} ${route.path}: ${kept.slice(0, 30).join("\n")}`);
    }
  }
  expect(failures).toEqual([]);
  expect(await healthy()).toEqual([]);
}

const send = (method: Method, url: string, headers: Record<string, string>, payload?: string) =>
  t.app.inject({
    method,
    url,
    headers: payload === undefined ? headers : { ...headers, "content-type": "application/json" },
    ...(payload === undefined ? {} : { payload }),
  });

beforeAll(async () => {
  t = await buildTestApp();
  admin = await signUpOrganization(t.app, "Hostile Org");
  owner = await addPerson(t.app, admin, "interviewer");
  victim = await addPerson(t.app, admin, "recruiter");
  const released = await releasedInterview(t.app, { recruiter: admin, interviewer: owner });
  linkToken = released.token;
  const ask = async (who: SignedUp, method: Method, url: string, payload?: object) => {
    const response = await t.app.inject({ method, url, headers: who.headers, ...(payload ? { payload } : {}) });
    expect(response.statusCode, `${method} ${url}: ${response.body}`).toBeLessThan(300);
    return response.json();
  };
  // A second interview, still live, so the notes routes have one that takes notes.
  const live = await ask(admin, "POST", "/api/interviews", {
    candidateId: released.candidateId,
    interviewerId: owner.userId,
  });
  await ask(owner, "POST", `/api/interviews/${live.id}/start`);
  const event = await ask(owner, "POST", `/api/interviews/${live.id}/events`, {
    clientId: randomUUID(),
    at: 60,
    kind: "note",
    text: "Asked about duplicates.",
  });
  const at = "2026-01-15T10:00:00Z";
  ids = {
    candidate: released.candidateId,
    interview: live.id,
    snapshot: released.snapshotId,
    event: event.id,
    question: (await ask(admin, "POST", "/api/questions", { title: "Hostile Q", layers: [{ title: "One" }] })).id,
    slug: (await ask(admin, "POST", "/api/hint-topics", { label: "Hostile topic" })).slug,
    outcome: (await ask(admin, "POST", `/api/candidates/${released.candidateId}/outcomes`, { at, passed: false })).id,
    offer: (
      await ask(admin, "POST", `/api/candidates/${released.candidateId}/offers`, {
        at,
        accepted: false,
        feedbackGiven: true,
      })
    ).id,
    invitation: (
      await ask(admin, "POST", "/api/invitations", { email: "hostile-inv@example.test", role: "interviewer" })
    ).id,
    token: (await ask(admin, "POST", "/api/tokens", { name: "hostile" })).id,
    link: (await ask(admin, "POST", `/api/interviews/${released.interviewId}/candidate-links`, { sendEmail: false }))
      .link.id,
    email: (await ask(admin, "GET", "/api/email")).messages[0].id,
  };
  const exchanged = await t.app.inject({
    method: "POST",
    url: `/c/${linkToken}`,
    headers: { "content-type": "application/x-www-form-urlencoded" },
    payload: "",
  });
  candidateCookie = `debrief_candidate=${exchanged.cookies.find((c) => c.name === "debrief_candidate")?.value}`;
  doc = (await t.app.inject({ url: "/api/openapi.json" })).json();
  routes = Object.entries(doc.paths).flatMap(([path, operations]) =>
    Object.entries(operations).map(([method, operation]) => {
      const body = operation.requestBody?.content["application/json"]?.schema;
      return { method: method.toUpperCase() as Method, path, operation, ...(body ? { body } : {}) };
    }),
  );
  expect(routes.length, "routes in the document").toBeGreaterThan(50);
});
afterAll(() => t?.close());

/** Signing out ends the admin's session for every later request: that route gets a session of its own. */
const throwaway = async () => (await signUpOrganization(t.app)).headers;
const headersFor = async (route: Route, who: Who) =>
  route.method === "DELETE" && route.path === "/api/session" && who === "admin" ? await throwaway() : headersOf(who);

describe("hostile input to every route of the OpenAPI document", () => {
  it("answers mutated JSON bodies with the error shape, a 400 naming the field, and never a 5xx", async () => {
    await eachRoute(
      (route) => route.body !== undefined,
      async (route) => {
        const schema = route.body as JsonSchema;
        const base = sample(schema, resolve, pickField);
        const fields: Field[] = fieldsOf(schema, base, resolve);
        const mutation = mutationArbitrary(fields, resolve) as fc.Arbitrary<Mutation>;
        const realUrl = route.path.replace(/\{(\w+)\}/g, (_, name: string) => realParam(route.path, name));
        const plain = await send(
          route.method,
          realUrl,
          await headersFor(route, callersOf(route)[0] as Who),
          JSON.stringify(base),
        );
        const baseline =
          plain.statusCode === 400
            ? ((bodyOf(plain)?.error?.fields as { field: string }[] | undefined) ?? []).map((f) => f.field)
            : [];
        await fc.assert(
          fc.asyncProperty(
            fc.constantFrom(...callersOf(route)),
            pathArbitrary(route),
            fc.array(mutation, { minLength: 1, maxLength: 3 }),
            async (who, { url, broken }, mutations) => {
              const { text, invalid, touched } = mutate(base, mutations);
              const response = await send(route.method, url, await headersFor(route, who), text);
              const expectation = {
                invalid: [
                  ...invalid.map((p: Path) => fieldName("body", p)),
                  ...(broken.length && invalid.length ? broken : []),
                ],
                touched: [...touched.map((p: Path) => fieldName("body", p)), ...broken],
                baseline,
              };
              // A broken path parameter may be refused first, with a 400 naming it or a 404.
              if (broken.length > 0 && response.statusCode === 404) expectation.invalid = [];
              const problems = [...problemsWith(response, expectation), ...(await healthy())];
              if (problems.length)
                throw new Error(`${`${route.method} ${url} as ${who}: ${text.slice(0, 300)}`}: ${problems.join("; ")}`);
            },
          ),
          fcOptions,
        );
      },
    );
  }, 240_000);

  it("answers hostile path segments and query strings on every route, and never a 5xx", async () => {
    await eachRoute(
      (route) => route.path.includes("{") || (route.operation.parameters ?? []).some((p) => p.in === "query"),
      async (route) => {
        const base = route.body ? JSON.stringify(sample(route.body, resolve, pickField)) : undefined;
        // Fastify checks params, then the body, then the query: a body the sample got wrong is named first.
        const realUrl = route.path.replace(/\{(\w+)\}/g, (_, name: string) => realParam(route.path, name));
        const plain = await send(route.method, realUrl, await headersFor(route, callersOf(route)[0] as Who), base);
        const baseline =
          plain.statusCode === 400
            ? ((bodyOf(plain)?.error?.fields as { field: string }[] | undefined) ?? []).map((f) => f.field)
            : [];
        await fc.assert(
          fc.asyncProperty(
            fc.constantFrom(...callersOf(route)),
            pathArbitrary(route),
            queryArbitrary(route),
            async (who, { url, broken }, query) => {
              const full = query.text ? `${url}?${query.text}` : url;
              const response = await send(route.method, full, await headersFor(route, who), base);
              const expectation = { invalid: query.invalid, touched: [...broken, ...query.touched], baseline };
              // A broken path parameter or a refused sample body may answer first (or a 404 for a random id).
              if (broken.length > 0 || baseline.length > 0) expectation.invalid = [];
              const problems = [...problemsWith(response, expectation), ...(await healthy())];
              if (problems.length) throw new Error(`${`${route.method} ${full} as ${who}`}: ${problems.join("; ")}`);
            },
          ),
          fcOptions,
        );
      },
    );
  }, 240_000);

  it("refuses prototype-polluting, deep, malformed, huge and mistyped bodies on every JSON route", async () => {
    const deep = `${"[".repeat(10_000)}${"]".repeat(10_000)}`;
    const deepObject = `${'{"a":'.repeat(10_000)}1${"}".repeat(10_000)}`;
    const huge = JSON.stringify({ text: "x".repeat(10 * 1024 * 1024) });
    const cases: { name: string; payload: string; contentType?: string; status?: number[]; code?: string }[] = [
      { name: "__proto__", payload: '{"__proto__":{"polluted":1}}' },
      { name: "constructor.prototype", payload: '{"constructor":{"prototype":{"polluted":1}}}' },
      { name: "nested __proto__", payload: '{"a":{"__proto__":{"polluted":1}},"b":[{"__proto__":{"polluted":1}}]}' },
      { name: "10,000 nested arrays", payload: deep, status: [400] },
      // An object: its unknown key is dropped like any other, so this may even succeed; it must not crash.
      { name: "10,000 nested objects", payload: deepObject },
      { name: "malformed JSON", payload: '{"name": "x",', status: [400], code: "invalid_request" },
      { name: "a lone NUL", payload: "\u0000", status: [400], code: "invalid_request" },
      { name: "a duplicated key", payload: '{"a":1,"a":{"__proto__":{"polluted":1}}}' },
      { name: "a bare string", payload: '"\\ud800"', status: [400] },
      { name: "10 MB", payload: huge, status: [413], code: "payload_too_large" },
      { name: "no content type", payload: "{}", contentType: "", status: [400, 415] },
      { name: "text/plain", payload: "{}", contentType: "text/plain", status: [400, 415] },
      { name: "a hostile charset", payload: "{}", contentType: "application/json; charset=utf-7" },
    ];
    const failures: string[] = [];
    for (const route of routes.filter((r) => r.body)) {
      for (const c of cases) {
        const url = route.path.replace(/\{(\w+)\}/g, (_, name: string) => realParam(route.path, name));
        const headers = { ...(await headersFor(route, callersOf(route)[0] as Who)) };
        const contentType = c.contentType ?? "application/json";
        const response = await t.app.inject({
          method: route.method,
          url,
          headers: contentType ? { ...headers, "content-type": contentType } : headers,
          payload: c.payload,
        });
        const problems = problemsWith(response, { invalid: [], touched: [] });
        if (c.status && !c.status.includes(response.statusCode))
          problems.push(`expected ${c.status}, got ${response.statusCode}`);
        if (c.code && bodyOf(response)?.error?.code !== c.code)
          problems.push(`expected code ${c.code}: ${response.body.slice(0, 200)}`);
        problems.push(...(await healthy()));
        if (problems.length) failures.push(`${route.method} ${route.path} (${c.name}): ${problems.join("; ")}`);
      }
    }
    expect(failures).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
  }, 240_000);

  it("answers hostile history files with the error shape and imports nothing half-read", async () => {
    const meta = JSON.stringify({ type: "meta", format: "debrief-history", version: 1, source: "hostile" });
    const line = fc.oneof(
      fc.constantFrom(...HOSTILE_STRINGS.map((s) => s.slice(0, 5000))),
      fc.constantFrom(
        '{"__proto__":{"polluted":1}}',
        '{"type":"candidate","id":"c","name":"x","__proto__":{"polluted":1}}',
        '{"type":"constructor","constructor":{"prototype":{"polluted":1}}}',
        `${"[".repeat(10_000)}${"]".repeat(10_000)}`,
        '{"type":"candidate","id":"\\u0000","name":"\\ud800"}',
        '{"type":"interviewer","id":"../../etc/passwd","name":"\\u202e","email":"a@b.test"}',
        '{"type":"interview","id":"i","candidateId":"c","interviewerId":"x","startedAt":"1e309","events":[{"at":1e309}]}',
        '{"type":"meta","format":"debrief-history","version":1e309}',
        "{",
      ),
      fc.json(),
    );
    const file = fc.record({
      withMeta: fc.boolean(),
      lines: fc.array(line, { maxLength: 5 }),
      encoding: fc.constantFrom("ndjson", "gzip", "broken-gzip", "truncated-gzip"),
      streaming: fc.boolean(),
      who: fc.constantFrom<Who>("admin", "anonymous"),
    });
    await fc.assert(
      fc.asyncProperty(file, async ({ withMeta, lines, encoding, streaming, who }) => {
        const text = [...(withMeta ? [meta] : []), ...lines].join("\n");
        const gzipped = gzipSync(text);
        const payload =
          encoding === "ndjson"
            ? Buffer.from(text)
            : encoding === "gzip"
              ? gzipped
              : encoding === "broken-gzip"
                ? Buffer.concat([gzipped.subarray(0, 10), Buffer.from("not gzip at all")])
                : gzipped.subarray(0, Math.max(10, gzipped.length - 8));
        const response = await t.app.inject({
          method: "POST",
          url: "/api/history/import",
          headers: {
            ...headersOf(who),
            "content-type": encoding === "ndjson" ? "application/x-ndjson" : "application/gzip",
            ...(streaming ? { accept: "application/x-ndjson" } : {}),
          },
          payload,
        });
        const problems =
          streaming && response.statusCode === 200 ? [] : problemsWith(response, { invalid: [], touched: [] });
        // A streamed answer has committed to 200 before the file is read: its last line says how it ended.
        if (streaming && response.statusCode === 200) {
          const last = JSON.parse(response.body.trim().split("\n").pop() ?? "{}");
          if (last.type !== "done" && last.type !== "error")
            problems.push(`a stream that ends with ${JSON.stringify(last)}`);
          if (last.type === "error" && (typeof last.error?.code !== "string" || last.error.code === "internal")) {
            problems.push(`a stream that ends in ${JSON.stringify(last)}`);
          }
        }
        problems.push(...(await healthy()));
        if (problems.length)
          throw new Error(`${`${encoding} ${JSON.stringify(text.slice(0, 300))}`}: ${problems.join("; ")}`);
      }),
      {
        ...fcOptions,
        // Always tried, whatever the seed: a line nested 10,000 deep, plain and gzipped.
        examples: (["ndjson", "gzip"] as const).map(
          (encoding) =>
            [
              {
                withMeta: true,
                lines: [`${"[".repeat(10_000)}${"]".repeat(10_000)}`],
                encoding,
                streaming: false,
                who: "admin" as Who,
              },
            ] as [{ withMeta: boolean; lines: string[]; encoding: typeof encoding; streaming: boolean; who: Who }],
        ),
      },
    );
  }, 120_000);

  it("answers hostile tokens on the candidate's link pages without a 5xx", async () => {
    const token = fc.oneof(
      fc.constantFrom(...HOSTILE_STRINGS.filter((s) => s.length > 0 && s.length < 1000)).map(encodeHostile),
      fc.constantFrom(...RAW_SEGMENTS),
      fc
        .string({ maxLength: 300 })
        .filter((s) => s.length > 0)
        .map(encodeHostile),
      fc.constantFrom(`${linkToken}x`, linkToken.slice(0, -1), linkToken.toUpperCase(), `${linkToken.split(".")[0]}.`),
    );
    await fc.assert(
      fc.asyncProperty(token, fc.constantFrom<"GET" | "POST">("GET", "POST"), async (value, method) => {
        const response = await t.app.inject({
          method,
          url: `/c/${value}`,
          ...(method === "POST"
            ? { headers: { "content-type": "application/x-www-form-urlencoded" }, payload: "__proto__[polluted]=1" }
            : {}),
        });
        const problems =
          response.statusCode >= 500 ? [`status ${response.statusCode}: ${response.body.slice(0, 200)}`] : [];
        problems.push(...(await healthy()));
        if (problems.length) throw new Error(`${`${method} /c/${value}`}: ${problems.join("; ")}`);
      }),
      fcOptions,
    );
  }, 120_000);
});
