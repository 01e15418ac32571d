import type { codeSnapshots } from "../../data/schema.js";
import { interviewStatus } from "../../domain/interviews/stages.js";
import type { EventRow } from "./events.js";
import type { InterviewRow } from "./interviews.js";
import type { CodeSnapshotResponse, InterviewEventResponse, InterviewResponse } from "./schemas.js";

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function presentInterview(row: InterviewRow): InterviewResponse {
  const i = row.interview;
  return {
    id: i.id,
    externalId: i.externalId,
    status: interviewStatus(i),
    candidate: { id: i.candidateId, name: row.candidateName },
    interviewer: { id: i.interviewerId, name: row.interviewerName },
    question:
      i.questionId && row.questionTitle
        ? {
            id: i.questionId,
            title: row.questionTitle,
            kind: row.questionKind ?? "coding",
            version: i.questionVersion ?? 1,
            layers: (row.layers ?? []).map((l) => ({
              title: l.title,
              description: l.description ?? null,
              expectedMinutes: l.expectedMinutes ?? null,
              guide: l.guide ?? null,
            })),
          }
        : null,
    stage: (i.stage as InterviewResponse["stage"]) ?? null,
    scheduledAt: iso(i.scheduledAt),
    startedAt: iso(i.startedAt),
    endedAt: iso(i.endedAt),
    durationMinutes: i.durationMinutes ?? row.questionDuration ?? 45,
    createdAt: i.createdAt.toISOString(),
  };
}

export function presentEvent(e: EventRow): InterviewEventResponse {
  return {
    id: e.id,
    interviewId: e.interviewId,
    at: e.at,
    seq: e.seq,
    kind: e.kind,
    text: e.text,
    topic: e.topic,
    layer: e.layer,
    createdAt: e.createdAt.toISOString(),
    updatedAt: iso(e.updatedAt),
    deleted: e.deletedAt !== null,
  };
}

export function presentSnapshot(s: typeof codeSnapshots.$inferSelect): CodeSnapshotResponse {
  return {
    id: s.id,
    interviewId: s.interviewId,
    at: s.at,
    language: s.language,
    code: s.code,
    createdAt: s.createdAt.toISOString(),
  };
}
