// Writes the feedback draft for one interview from what Debrief knows of it: the timeline, the code, the
// assessment, the question's benchmarks (or its author's expected minutes while history is thin) and the
// organisation's policy. The writing itself is domain/feedback/draft, pure and deterministic.
import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "../../data/database.js";
import { assessments, hintTopics } from "../../data/schema.js";
import type { Assessment } from "../../domain/feedback/assessment.js";
import { type DraftInput, draftFeedback } from "../../domain/feedback/draft/draft-feedback.js";
import { builtInHintTopics } from "../../domain/interviews/hint-topics.js";
import { loadInterviewRecord } from "./interview-record.js";
import { benchmarksOfRecord } from "./question-benchmarks.js";
import { getFeedbackSettings } from "./settings.js";

export async function suggestDraft(db: Db, orgId: string, interviewId: string) {
  const record = await loadInterviewRecord(db, orgId, interviewId);
  const [assessment] = await db
    .select()
    .from(assessments)
    .where(and(eq(assessments.orgId, orgId), eq(assessments.interviewId, interviewId)));
  const settings = await getFeedbackSettings(db, orgId);
  const ownTopics = await db
    .select({ slug: hintTopics.slug, label: hintTopics.label })
    .from(hintTopics)
    .where(and(eq(hintTopics.orgId, orgId), isNull(hintTopics.archivedAt)));
  const layers = record.layers;
  const report = await benchmarksOfRecord(db, orgId, record);
  const benchmarks = report && report.interviews > 0 ? report.benchmarks : null;
  const input: DraftInput = {
    question: {
      title: record.questionTitle ?? "the question",
      kind: record.questionKind ?? "coding",
      layers: layers.map((layer) => ({ title: layer.title, expectedMinutes: layer.expectedMinutes ?? null })),
    },
    events: record.events.map((event) => ({
      id: event.id,
      at: event.at,
      kind: event.kind,
      text: event.text,
      topic: event.topic,
      layer: event.layer,
    })),
    snapshots: record.snapshots.map((s) => ({ id: s.id, at: s.at, language: s.language, code: s.code })),
    checklist: (assessment?.checklist ?? []) as Assessment["checklist"],
    annotations: assessment?.annotations ?? [],
    benchmarks,
    policy: settings.policy,
    assessment: assessment
      ? {
          scores: assessment.scores as Assessment["scores"],
          overall: assessment.overall as Assessment["overall"],
          advance: assessment.advance,
        }
      : null,
    dimensions: settings.scoreDimensions,
    hintTopics: [...builtInHintTopics, ...ownTopics],
  };
  const fromHistory =
    benchmarks !== null &&
    (benchmarks.topMedianCodingStartMinutes !== null || benchmarks.layers.some((l) => l.topMedianMinutes !== null));
  const fromAuthor = layers.some((layer) => layer.expectedMinutes != null);
  return {
    text: draftFeedback(input),
    benchmarksFrom: fromHistory ? ("history" as const) : fromAuthor ? ("author" as const) : ("none" as const),
  };
}
