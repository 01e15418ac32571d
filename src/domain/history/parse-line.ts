// Validates one line of a debrief-history file and turns it into a record, or reports every problem with
// the field and what was expected. Written by hand rather than with a schema library: it runs on millions
// of objects per import, and its messages follow the format's own wording ("expected an integer from 1
// to 4, got 5").
import { unstorablePath } from "../unstorable-text.js";
import { type EventKind, eventKinds, layerEventKinds, questionKinds } from "./kinds.js";
import type {
  Assessment,
  HistoryEvent,
  HistoryRecord,
  InterviewRecord,
  LineProblem,
  SelfAssessment,
} from "./records.js";

export const recordTypes = ["meta", "interviewer", "candidate", "question", "interview", "outcome", "offer"] as const;
const eventKindSet = new Set<string>(eventKinds);
const RFC3339 = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;
const MAX_TEXT = 20_000;

type Json = Record<string, unknown>;

/** Whether the date part names a real day: Date.parse would roll 2025-02-30 over to March 2. */
function realDate(value: string): boolean {
  const [year, month, day] = value.slice(0, 10).split("-").map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Shows a bad value briefly in a message. */
function shown(value: unknown): string {
  if (value === undefined) return "nothing";
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    // Nested too deep to write out (JSON.parse takes depths JSON.stringify cannot): say what it is.
    return Array.isArray(value) ? "an array nested too deep to show" : "an object nested too deep to show";
  }
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

class LineChecker {
  constructor(
    private readonly line: number,
    private readonly problems: LineProblem[],
  ) {}

  fail(field: string, expected: string, value: unknown): undefined {
    this.problems.push({ line: this.line, field, message: `expected ${expected}, got ${shown(value)}` });
    return undefined;
  }

  isObject(value: unknown): value is Json {
    return typeof value === "object" && value !== null && !Array.isArray(value);
  }

  id(o: Json, key: string, path: string, required = true): string | undefined {
    const value = o[key];
    if (value === undefined && !required) return undefined;
    if (typeof value !== "string" || value.length < 1 || value.length > 200) {
      return this.fail(`${path}.${key}`, "an id: a string of 1 to 200 characters", value);
    }
    return value;
  }

  text(o: Json, key: string, path: string, required: boolean, max = MAX_TEXT): string | undefined {
    const value = o[key];
    if (value === undefined || (value === null && !required)) {
      if (required) this.fail(`${path}.${key}`, "a string", value);
      return undefined;
    }
    if (typeof value !== "string" || (required && value.trim() === "") || value.length > max) {
      return this.fail(
        `${path}.${key}`,
        required ? `a non-empty string of at most ${max} characters` : `a string of at most ${max} characters`,
        value,
      );
    }
    return value;
  }

  int(o: Json, key: string, path: string, min: number, max: number, required: boolean): number | undefined {
    const value = o[key];
    if (value === undefined && !required) return undefined;
    if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) {
      return this.fail(`${path}.${key}`, `an integer from ${min} to ${max}`, value);
    }
    return value;
  }

  bool(o: Json, key: string, path: string, required: boolean): boolean | undefined {
    const value = o[key];
    if (value === undefined && !required) return undefined;
    if (typeof value !== "boolean") return this.fail(`${path}.${key}`, "true or false", value);
    return value;
  }

  time(o: Json, key: string, path: string, required: boolean): number | undefined {
    const value = o[key];
    if (value === undefined && !required) return undefined;
    const ms = typeof value === "string" && RFC3339.test(value) && realDate(value) ? Date.parse(value) : Number.NaN;
    if (Number.isNaN(ms))
      return this.fail(`${path}.${key}`, "an RFC 3339 date-time such as 2025-09-17T15:23:00Z", value);
    return ms;
  }

  scores(o: Json, key: string, path: string): Record<string, number> | undefined {
    const value = o[key];
    if (value === undefined) return {};
    if (!this.isObject(value)) return this.fail(`${path}.${key}`, "an object of scores from 1 to 4", value);
    const scores: Record<string, number> = {};
    for (const [dimension, score] of Object.entries(value)) {
      if (dimension.length > 100) {
        this.fail(`${path}.${key}`, "dimension names of at most 100 characters", dimension);
        continue;
      }
      const checked = this.int(value, dimension, `${path}.${key}`, 1, 4, true);
      if (checked !== undefined) scores[dimension] = checked;
      else if (score === undefined) break;
    }
    return scores;
  }
}

/**
 * Parses and validates one line (1-based `line`). Returns the record, or undefined after adding what
 * was wrong to `problems`. Unknown fields are ignored; an unknown type or event kind is a problem.
 */
export function parseHistoryLine(text: string, line: number, problems: LineProblem[]): HistoryRecord | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    problems.push({ line, field: "(line)", message: `expected a JSON object: ${(error as Error).message}` });
    return undefined;
  }
  const c = new LineChecker(line, problems);
  if (!c.isObject(value)) return c.fail("(line)", "a JSON object", value);
  const unstorableAt = unstorablePath(value, "");
  if (unstorableAt !== undefined) {
    problems.push({
      line,
      field: unstorableAt.slice(1) || "(line)",
      message: "expected text without NUL characters (\\u0000) or unpaired surrogate halves",
    });
    return undefined;
  }
  const before = problems.length;
  const record = parseRecord(c, value);
  return problems.length === before ? record : undefined;
}

function parseRecord(c: LineChecker, o: Json): HistoryRecord | undefined {
  switch (o.type) {
    case "meta":
      if (o.format !== "debrief-history") c.fail("meta.format", '"debrief-history"', o.format);
      if (o.version !== 1) c.fail("meta.version", "1", o.version);
      return { type: "meta", format: "debrief-history", version: 1, source: c.text(o, "source", "meta", false) };
    case "interviewer":
    case "candidate": {
      const email = c.text(o, "email", o.type, false, 320);
      return {
        type: o.type,
        id: c.id(o, "id", o.type) as string,
        name: c.text(o, "name", o.type, true, 200) as string,
        ...(email !== undefined ? { email } : {}),
      };
    }
    case "question":
      return parseQuestion(c, o);
    case "interview":
      return parseInterview(c, o);
    case "outcome": {
      const company = c.text(o, "company", "outcome", false, 200);
      const stage = c.text(o, "stage", "outcome", false, 200);
      return {
        type: "outcome",
        candidateId: c.id(o, "candidateId", "outcome") as string,
        at: c.time(o, "at", "outcome", true) as number,
        passed: c.bool(o, "passed", "outcome", true) as boolean,
        ...(company !== undefined ? { company } : {}),
        ...(stage !== undefined ? { stage } : {}),
      };
    }
    case "offer":
      return {
        type: "offer",
        candidateId: c.id(o, "candidateId", "offer") as string,
        at: c.time(o, "at", "offer", true) as number,
        accepted: c.bool(o, "accepted", "offer", true) as boolean,
        feedbackGiven: c.bool(o, "feedbackGiven", "offer", true) as boolean,
      };
    default:
      return c.fail("type", `one of ${recordTypes.join(", ")}`, o.type);
  }
}

function parseQuestion(c: LineChecker, o: Json): HistoryRecord {
  const kind = o.kind === undefined ? "coding" : o.kind;
  if (!questionKinds.includes(kind as never)) c.fail("question.kind", '"coding" or "system-design"', o.kind);
  const layers: string[] = [];
  if (o.layers !== undefined) {
    if (!Array.isArray(o.layers) || o.layers.length > 50) {
      c.fail("question.layers", "an array of at most 50 layer titles", o.layers);
    } else {
      o.layers.forEach((title, i) => {
        if (typeof title !== "string" || title.trim() === "" || title.length > 200) {
          c.fail(`question.layers[${i}]`, "a layer title: a non-empty string of at most 200 characters", title);
        } else layers.push(title);
      });
    }
  }
  return {
    type: "question",
    id: c.id(o, "id", "question") as string,
    title: c.text(o, "title", "question", true, 200) as string,
    kind: kind as "coding",
    durationMinutes: c.int(o, "durationMinutes", "question", 1, 1440, false) ?? 45,
    layers,
  };
}

function parseInterview(c: LineChecker, o: Json): InterviewRecord {
  const record: InterviewRecord = {
    type: "interview",
    id: c.id(o, "id", "interview") as string,
    candidateId: c.id(o, "candidateId", "interview") as string,
    interviewerId: c.id(o, "interviewerId", "interview") as string,
    startedAt: c.time(o, "startedAt", "interview", true) as number,
    events: parseEvents(c, o.events),
  };
  const questionId = o.questionId === null ? undefined : c.id(o, "questionId", "interview", false);
  if (questionId !== undefined) record.questionId = questionId;
  const duration = c.int(o, "durationMinutes", "interview", 1, 1440, false);
  if (duration !== undefined) record.durationMinutes = duration;
  if (o.assessment !== undefined && o.assessment !== null) {
    const assessment = parseAssessment(c, o.assessment);
    if (assessment) record.assessment = assessment;
  }
  if (o.selfAssessment !== undefined && o.selfAssessment !== null) {
    const self = parseSelfAssessment(c, o.selfAssessment);
    if (self) record.selfAssessment = self;
  }
  if (o.candidateRating !== undefined && o.candidateRating !== null) {
    if (!c.isObject(o.candidateRating)) c.fail("interview.candidateRating", "an object", o.candidateRating);
    else {
      const wouldReturn = c.int(o.candidateRating, "wouldReturn", "interview.candidateRating", 1, 4, true);
      if (wouldReturn !== undefined) record.candidateRating = { wouldReturn };
    }
  }
  if (o.feedbackSharedAt === null) record.feedbackSharedAt = null;
  else if (o.feedbackSharedAt !== undefined)
    record.feedbackSharedAt = c.time(o, "feedbackSharedAt", "interview", true) ?? null;
  return record;
}

function parseAssessment(c: LineChecker, value: unknown): Assessment | undefined {
  if (!c.isObject(value)) return c.fail("interview.assessment", "an object", value);
  const path = "interview.assessment";
  return {
    scores: c.scores(value, "scores", path) ?? {},
    overall: c.int(value, "overall", path, 1, 4, true) as number,
    advance: c.bool(value, "advance", path, true) as boolean,
  };
}

function parseSelfAssessment(c: LineChecker, value: unknown): SelfAssessment | undefined {
  if (!c.isObject(value)) return c.fail("interview.selfAssessment", "an object", value);
  const path = "interview.selfAssessment";
  const self: SelfAssessment = { scores: c.scores(value, "scores", path) ?? {} };
  const overall = c.int(value, "overall", path, 1, 4, false);
  if (overall !== undefined) self.overall = overall;
  const thinksPassed = c.bool(value, "thinksPassed", path, false);
  if (thinksPassed !== undefined) self.thinksPassed = thinksPassed;
  return self;
}

function parseEvents(c: LineChecker, value: unknown): HistoryEvent[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) return c.fail("interview.events", "an array of events", value) ?? [];
  const events: HistoryEvent[] = [];
  for (let i = 0; i < value.length; i++) {
    const e = value[i];
    const path = `interview.events[${i}]`;
    if (!c.isObject(e)) {
      c.fail(path, "an event object", e);
      continue;
    }
    const at = c.int(e, "at", path, 0, 86_400, true);
    const kind = e.kind;
    if (typeof kind !== "string" || !eventKindSet.has(kind)) {
      c.fail(`${path}.kind`, `one of ${eventKinds.join(", ")}`, kind);
      continue;
    }
    const event: HistoryEvent = { at: at ?? 0, kind: kind as EventKind };
    const text = c.text(e, "text", path, false);
    if (text !== undefined) event.text = text;
    const topic = c.text(e, "topic", path, false, 100);
    if (topic !== undefined) event.topic = topic;
    const layer = c.int(e, "layer", path, 1, 50, layerEventKinds.includes(event.kind));
    if (layer !== undefined) event.layer = layer;
    events.push(event);
  }
  return events;
}
