// What a hostile client sends, as fast-check arbitraries, built from the JSON schemas of the OpenAPI document
// (not from the zod schemas): the document is what a client sees, so a route whose document and validation
// disagree shows up here too.
import fc from "fast-check";

export type JsonSchema = {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  minimum?: number;
  exclusiveMinimum?: number;
  minItems?: number;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  default?: unknown;
};

export type Path = (string | number)[];

/** Strings that have broken parsers, databases, terminals and file systems before. */
export const HOSTILE_STRINGS = [
  "\u0000",
  "a\u0000b",
  "\ud800",
  "x\udfffy",
  "\u202eevil\u202c",
  "\u2066\u2067\u2068\u2069",
  "\u200b\u200c\u200d\ufeff",
  "../../etc/passwd",
  "..\\..\\windows\\system32",
  "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
  "'; drop table users; --",
  "<script>alert(1)</script>",
  // A literal log4j lookup, not a template: the point is that it arrives as text.
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the placeholder is the hostile input
  "${jndi:ldap://x}",
  "{{7*7}}",
  "NaN",
  "Infinity",
  "-0",
  "1e309",
  "0x1F",
  "",
  " ",
  "\r\n\r\nX-Injected: 1",
  "__proto__",
  "constructor",
  "prototype",
  "𝕏💥",
  "x".repeat(100_000),
];

/** Keys that a careless merge turns into prototype pollution. */
export const HOSTILE_KEYS = ["__proto__", "constructor", "prototype", "../../etc/passwd", "\u0000", "\ud800", ""];

/** Numbers JSON can spell that JavaScript cannot hold, as raw JSON text (JSON.stringify would change them). */
export const RAW_NUMBERS = [
  "1e309",
  "-1e309",
  "-0",
  "1e21",
  "123456789012345678901234567890",
  "9007199254740993",
  "0.5",
];

/** One value of every JSON type, each with a hostile twist, to put where another type belongs. */
const WRONG_TYPED: { type: string; value: unknown }[] = [
  { type: "string", value: "\u0000not what you wanted" },
  { type: "number", value: 1.5 },
  { type: "number", value: -1 },
  { type: "boolean", value: true },
  { type: "null", value: null },
  { type: "array", value: [] },
  { type: "array", value: ["\ud800"] },
  { type: "object", value: {} },
  { type: "object", value: { __proto__: null, toString: "x" } },
];

/** The JSON types a schema accepts; undefined when it accepts anything. */
export function acceptedTypes(schema: JsonSchema, resolve: (s: JsonSchema) => JsonSchema): Set<string> | undefined {
  const s = resolve(schema);
  const options = s.anyOf ?? s.oneOf;
  if (options) {
    const all = new Set<string>();
    for (const option of options) {
      const types = acceptedTypes(option, resolve);
      if (!types) return undefined;
      for (const type of types) all.add(type);
    }
    if ((s as { nullable?: boolean }).nullable === true) all.add("null");
    return all;
  }
  if (s.enum) return new Set(s.enum.map((v) => (v === null ? "null" : typeof v)));
  if (s.const !== undefined) return new Set([s.const === null ? "null" : typeof s.const]);
  if (!s.type) return undefined;
  const types = new Set(Array.isArray(s.type) ? s.type : [s.type]);
  // An integer is a number to JSON; a number where an integer is wanted is tried separately (1.5).
  if (types.has("integer")) types.add("number");
  // OpenAPI 3.0 says "may be null" this way rather than with a null type.
  if ((s as { nullable?: boolean }).nullable === true) types.add("null");
  return types;
}

const typeOf = (value: unknown) => (value === null ? "null" : Array.isArray(value) ? "array" : typeof value);

/** A value the schema would plausibly accept; `pick` supplies real values for named fields (ids, emails). */
export function sample(
  schema: JsonSchema,
  resolve: (s: JsonSchema) => JsonSchema,
  pick: (name: string) => unknown,
  name = "",
  depth = 0,
): unknown {
  const s = resolve(schema);
  const known = pick(name) ?? (name === "email" ? "someone@example.test" : undefined);
  if (known !== undefined) return known;
  if (s.default !== undefined) return s.default;
  if (s.const !== undefined) return s.const;
  if (s.enum) return s.enum[0];
  const option = (s.anyOf ?? s.oneOf)?.find((o) => resolve(o).type !== "null");
  if (option) return sample(option, resolve, pick, name, depth);
  if (s.allOf?.[0]) return sample(s.allOf[0], resolve, pick, name, depth);
  const type = Array.isArray(s.type) ? s.type.find((t) => t !== "null") : s.type;
  switch (type) {
    case "string":
      if (s.format === "uuid") return "00000000-0000-4000-8000-000000000000";
      if (s.format === "email") return "someone@example.test";
      if (s.format === "date-time") return "2026-01-15T10:00:00Z";
      if (s.format === "date") return "2026-01-15";
      if (s.pattern?.startsWith("^[a-z")) return "abc";
      return "x".repeat(Math.max(1, s.minLength ?? 1));
    case "integer":
    case "number":
      return s.minimum ?? (s.exclusiveMinimum !== undefined ? s.exclusiveMinimum + 1 : 1);
    case "boolean":
      return false;
    case "null":
      return null;
    case "array": {
      const items = s.items && depth < 4 ? s.items : undefined;
      const count = items ? Math.max(s.minItems ?? 0, 1) : 0;
      return Array.from({ length: count }, () => sample(items as JsonSchema, resolve, pick, name, depth + 1));
    }
    case "object": {
      const value: Record<string, unknown> = {};
      if (depth < 5) {
        for (const [key, property] of Object.entries(s.properties ?? {})) {
          value[key] = sample(property, resolve, pick, key, depth + 1);
        }
      }
      return value;
    }
    default:
      return "x";
  }
}

export interface Field {
  path: Path;
  schema: JsonSchema;
  required: boolean;
}

/** Every field a sampled body has, with its schema: where the mutations below aim. */
export function fieldsOf(schema: JsonSchema, value: unknown, resolve: (s: JsonSchema) => JsonSchema, path: Path = []) {
  const fields: Field[] = [];
  let s = resolve(schema);
  const options = s.anyOf ?? s.oneOf;
  // For a union, follow the option whose shape the sampled value has (the first non-null, as `sample` chose).
  if (options) s = resolve(options.find((o) => resolve(o).type !== "null") ?? s);
  if (value && typeof value === "object" && !Array.isArray(value) && s.properties) {
    for (const [key, property] of Object.entries(s.properties)) {
      if (!(key in value)) continue;
      const child = [...path, key];
      fields.push({ path: child, schema: property, required: s.required?.includes(key) ?? false });
      fields.push(...fieldsOf(property, (value as Record<string, unknown>)[key], resolve, child));
    }
  } else if (Array.isArray(value) && value.length > 0 && s.items) {
    fields.push({ path: [...path, 0], schema: s.items, required: false });
    fields.push(...fieldsOf(s.items, value[0], resolve, [...path, 0]));
  }
  return fields;
}

/** One change to a body; `invalid` when the document's schema rules the result out whatever else happens. */
export type Mutation =
  | { kind: "wrongType"; path: Path; value: unknown }
  | { kind: "notInteger"; path: Path }
  | { kind: "missing"; path: Path }
  | { kind: "hostileString"; path: Path; value: string }
  | { kind: "rawNumber"; path: Path; raw: string }
  | { kind: "extraKey"; path: Path; key: string; value: unknown }
  | { kind: "protoKey"; key: "__proto__" | "constructor" | "prototype" };

export function mutationArbitrary(
  fields: Field[],
  resolve: (s: JsonSchema) => JsonSchema,
): fc.Arbitrary<Mutation> | undefined {
  const choices: fc.Arbitrary<Mutation>[] = [];
  const wrongTyped = fields.flatMap((field) => {
    const types = acceptedTypes(field.schema, resolve);
    if (!types) return [];
    return WRONG_TYPED.filter((w) => !types.has(w.type)).map((w) => ({ path: field.path, value: w.value }));
  });
  if (wrongTyped.length) {
    choices.push(fc.constantFrom(...wrongTyped).map((w) => ({ kind: "wrongType" as const, ...w })));
  }
  const integers = fields.filter((f) => {
    const s = resolve(f.schema);
    return s.type === "integer" && !s.anyOf && !s.oneOf;
  });
  if (integers.length) {
    choices.push(fc.constantFrom(...integers).map((f) => ({ kind: "notInteger" as const, path: f.path })));
  }
  const required = fields.filter((f) => f.required);
  if (required.length) {
    choices.push(fc.constantFrom(...required).map((f) => ({ kind: "missing" as const, path: f.path })));
  }
  const strings = fields.filter((f) => acceptedTypes(f.schema, resolve)?.has("string"));
  if (strings.length) {
    choices.push(
      fc
        .record({ field: fc.constantFrom(...strings), value: fc.constantFrom(...HOSTILE_STRINGS) })
        .map(({ field, value }) => ({ kind: "hostileString" as const, path: field.path, value })),
    );
  }
  const numbers = fields.filter((f) => acceptedTypes(f.schema, resolve)?.has("number"));
  if (numbers.length) {
    choices.push(
      fc
        .record({ field: fc.constantFrom(...numbers), raw: fc.constantFrom(...RAW_NUMBERS) })
        .map(({ field, raw }) => ({ kind: "rawNumber" as const, path: field.path, raw })),
    );
  }
  const objects: Path[] = [[], ...fields.filter((f) => resolve(f.schema).type === "object").map((f) => f.path)];
  choices.push(
    fc
      .record({
        path: fc.constantFrom(...objects),
        key: fc.constantFrom(...HOSTILE_KEYS),
        value: fc.oneof(fc.constantFrom(...HOSTILE_STRINGS.slice(0, 8)), fc.constant({ polluted: 1 })),
      })
      .map((m) => ({ kind: "extraKey" as const, ...m })),
    fc.constantFrom("__proto__", "constructor", "prototype").map((key) => ({ kind: "protoKey" as const, key })),
  );
  return fc.oneof(...choices);
}

const RAW = (raw: string) => `@@raw:${raw}@@`;

/** Sets a key as the object's own property, even `__proto__` (a plain assignment would set the prototype). */
function setOwn(target: object, key: string | number, value: unknown) {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function parentOf(root: unknown, path: Path): Record<string | number, unknown> | undefined {
  let node = root as Record<string | number, unknown> | undefined;
  for (const key of path.slice(0, -1)) {
    node = node?.[key] as Record<string | number, unknown> | undefined;
    if (node === null || typeof node !== "object") return undefined;
  }
  return node;
}

/** The body's JSON text after the mutations, and whether the document's schema must refuse it. */
export function mutate(base: unknown, mutations: Mutation[]): { text: string; invalid: Path[]; touched: Path[] } {
  const body = structuredClone(base);
  const invalid: Path[] = [];
  const touched: Path[] = [];
  for (const m of mutations) {
    if (m.kind === "protoKey") {
      if (body && typeof body === "object") setOwn(body, m.key, { polluted: 1, prototype: { polluted: 1 } });
      // The JSON parser refuses a prototype key for the whole body: "body" is the field it names.
      touched.push([m.key], []);
      // The JSON parser refuses __proto__, and constructor.prototype, whatever the schema says.
      if (m.key !== "prototype") invalid.push([]);
      continue;
    }
    const parent = parentOf(body, m.path);
    const key = m.path[m.path.length - 1];
    if (m.kind === "extraKey") {
      const target = m.path.length === 0 ? body : parentOf(body, [...m.path, "_"]);
      // A prototype key set by an earlier mutation stays as it was: overwriting it would make the body
      // acceptable again while the refusal it was set for is still expected.
      const prototypeKey = m.key === "__proto__" || m.key === "constructor" || m.key === "prototype";
      if (prototypeKey && target && typeof target === "object" && Object.hasOwn(target, m.key)) continue;
      if (target && typeof target === "object") setOwn(target, m.key, m.value);
      touched.push([...m.path, m.key]);
      // Only __proto__ is refused whatever its value; a constructor key only with a prototype inside.
      if (m.key === "__proto__") {
        touched.push([]);
        invalid.push([]);
      }
      continue;
    }
    // A field an earlier mutation removed (or replaced with a non-object parent) is not there to change.
    if (!parent || key === undefined || !(key in parent)) continue;
    touched.push(m.path);
    // What this mutation overwrites is no longer what made the body invalid.
    for (let i = invalid.length - 1; i >= 0; i--) {
      const p = invalid[i] as Path;
      if (p.length >= m.path.length && m.path.every((k, j) => p[j] === k)) invalid.splice(i, 1);
    }
    switch (m.kind) {
      case "wrongType":
        setOwn(parent, key, m.value);
        invalid.push(m.path);
        break;
      case "notInteger":
        setOwn(parent, key, 1.5);
        invalid.push(m.path);
        break;
      case "missing":
        if (Array.isArray(parent)) continue;
        delete parent[key];
        invalid.push(m.path);
        break;
      case "hostileString":
        setOwn(parent, key, m.value);
        break;
      case "rawNumber":
        setOwn(parent, key, RAW(m.raw));
        // No finite JavaScript number is 1e309; zod refuses Infinity.
        if (m.raw.includes("e309")) invalid.push(m.path);
        break;
    }
  }
  const text = JSON.stringify(body).replace(/"@@raw:([^@]+)@@"/g, "$1");
  return { text, invalid, touched };
}

/** A path as the error shape names it: `body.policy.includeOutcome`, `body.layers.0.title`. */
export const fieldName = (context: string, path: Path) => [context, ...path].join(".");

/** Percent-encodes what encodeURIComponent can, and a lone surrogate as the invalid UTF-8 a client could send. */
export function encodeHostile(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return value.replace(/[^\ud800-\udfff]+|[\ud800-\udfff]/g, (part) =>
      /^[\ud800-\udfff]$/.test(part) ? "%ED%A0%80" : encodeURIComponent(part),
    );
  }
}

/** Path segments as already-encoded text: some of them are not valid percent-encoding at all. */
export const RAW_SEGMENTS = ["%", "%zz", "%00", "%C0%AF", "..%2F..%2Fetc%2Fpasswd", "%ED%A0%80", "%E2%80%AE"];

export { typeOf };
