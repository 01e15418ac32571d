// Test-only: reads a debrief-history v1 file (JSON Lines, gzip detected by its magic bytes) into
// AnalyticsInput. Deliberately small and trusting; the real importer lives in src/features/history/.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import type { AnalyticsInput, InterviewFacts } from "./types.js";

/** shared/ sits beside the repository, in every checkout and in CI. */
function sharedData(file: string): string | null {
  const candidates = [
    path.resolve(import.meta.dirname, "../../../../shared/data", file),
    path.resolve(process.cwd(), "../shared/data", file),
  ];
  return candidates.find((candidate) => existsSync(candidate)) ?? null;
}

export const SAMPLE_HISTORY = sharedData("sample-history.jsonl.gz");
export const SAMPLE_TRUTH = sharedData("sample-truth.json");

interface HistoryEvent {
  at: number;
  kind: string;
  layer?: number;
}

// biome-ignore lint/suspicious/noExplicitAny: test fixture reading trusted JSON records
type HistoryRecord = Record<string, any>;

export function readHistory(path: string): AnalyticsInput {
  let bytes = readFileSync(path);
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = gunzipSync(bytes);
  const input: AnalyticsInput = {
    candidateCount: 0,
    interviewers: [],
    questions: [],
    interviews: [],
    outcomes: [],
    offers: [],
  };
  for (const line of bytes.toString("utf8").split("\n")) {
    if (line.trim() === "") continue;
    const record = JSON.parse(line) as HistoryRecord;
    switch (record.type) {
      case "candidate":
        input.candidateCount++;
        break;
      case "interviewer":
        input.interviewers.push({ id: record.id, externalId: record.id, name: record.name });
        break;
      case "question":
        input.questions.push({
          id: record.id,
          externalId: record.id,
          title: record.title,
          layers: record.layers ?? [],
        });
        break;
      case "interview":
        input.interviews.push(toInterviewFacts(record));
        break;
      case "outcome":
        input.outcomes.push({ candidateId: record.candidateId, at: Date.parse(record.at), passed: record.passed });
        break;
      case "offer":
        input.offers.push({
          candidateId: record.candidateId,
          at: Date.parse(record.at),
          accepted: record.accepted,
          feedbackGiven: record.feedbackGiven,
        });
        break;
    }
  }
  return input;
}

function toInterviewFacts(record: HistoryRecord): InterviewFacts {
  const events = (record.events ?? []) as HistoryEvent[];
  const layerCompletedSec: (number | null)[] = [];
  let codingStartedSec: number | null = null;
  let hintCount = 0;
  for (const event of events) {
    if (event.kind === "hint") hintCount++;
    if (event.kind === "coding_started" && (codingStartedSec === null || event.at < codingStartedSec)) {
      codingStartedSec = event.at;
    }
    if (event.kind === "layer_completed" && event.layer !== undefined) {
      while (layerCompletedSec.length < event.layer) layerCompletedSec.push(null);
      const previous = layerCompletedSec[event.layer - 1];
      if (previous === null || previous === undefined || event.at < previous) {
        layerCompletedSec[event.layer - 1] = event.at;
      }
    }
  }
  const assessment = record.assessment ?? null;
  const self = record.selfAssessment ?? null;
  return {
    id: record.id,
    candidateId: record.candidateId,
    interviewerId: record.interviewerId,
    questionId: record.questionId ?? null,
    startedAt: Date.parse(record.startedAt),
    overall: assessment?.overall ?? null,
    advance: assessment?.advance ?? null,
    hasSelfAssessment: self !== null,
    selfOverall: self?.overall ?? null,
    thinksPassed: self?.thinksPassed ?? null,
    wouldReturn: record.candidateRating?.wouldReturn ?? null,
    hintCount,
    codingStartedSec,
    layerCompletedSec,
  };
}
