// Comparing debrief-history files by content: each line parsed as the importer parses it, the format's
// defaults filled in, fields in a fixed order, and the lines sorted, so an export compares equal to the
// file it came from whatever order it writes records, fields and score dimensions in.
import { expect } from "vitest";
import { parseHistoryLine } from "../domain/history/parse-line.js";
import type { HistoryRecord, LineProblem } from "../domain/history/records.js";

/** The records of a file as sorted canonical JSON lines; the meta line keeps only format and version. */
export function normalisedHistory(text: string): string[] {
  const out: string[] = [];
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line.trim() === "") continue;
    const problems: LineProblem[] = [];
    const record = parseHistoryLine(line, i + 1, problems);
    if (problems.length > 0) expect(problems).toEqual([]);
    out.push(canonical(normalise(record as HistoryRecord)));
  }
  return out.sort();
}

function normalise(record: HistoryRecord): unknown {
  switch (record.type) {
    case "meta":
      return { type: "meta", format: record.format, version: record.version };
    case "interviewer":
    case "candidate":
      return { type: record.type, id: record.id, name: record.name, email: record.email ?? null };
    case "interview":
      return {
        ...record,
        questionId: record.questionId ?? null,
        durationMinutes: record.durationMinutes ?? null,
        feedbackSharedAt: record.feedbackSharedAt ?? null,
        assessment: record.assessment ?? null,
        selfAssessment: record.selfAssessment ? { overall: null, thinksPassed: null, ...record.selfAssessment } : null,
        candidateRating: record.candidateRating ?? null,
        events: record.events.map((e) => ({ text: null, topic: null, layer: null, ...e })),
      };
    case "outcome":
      return { company: null, stage: null, ...record };
    default:
      // Questions come out of the parser with kind, durationMinutes and layers filled in.
      return record;
  }
}

/** JSON with every object's keys sorted: the order of an object's fields means nothing. */
export const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, v) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );

/** The lines of a file as JSON Lines text. */
export const ndjson = (records: unknown[]) => `${records.map((r) => JSON.stringify(r)).join("\n")}\n`;
