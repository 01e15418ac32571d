// The benchmarks of one question (spec/analytics.md, "Questions") from the organisation's other assessed
// interviews on it, computed by the same domain function as the analytics report, without reading the
// whole report: a draft needs one question's figures, and needs them in milliseconds.
import { and, eq, isNotNull, ne } from "drizzle-orm";
import type { Db } from "../../data/database.js";
import { assessments, interviews } from "../../data/schema.js";
import { computeQuestionBenchmarks } from "../../domain/analytics/benchmarks.js";
import type { QuestionReport } from "../../domain/analytics/types.js";
import { type InterviewRecord, loadInterviewRecord } from "./interview-record.js";

export async function loadQuestionBenchmarks(
  db: Db,
  orgId: string,
  question: { id: string; title: string; layers: readonly string[] },
  excludeInterviewId: string,
): Promise<QuestionReport> {
  const rows = await db
    .select({
      id: interviews.id,
      overall: assessments.overall,
      hintCount: interviews.hintCount,
      codingStartedSec: interviews.codingStartedSec,
      layerCompletedSec: interviews.layerCompletedSec,
    })
    .from(interviews)
    .innerJoin(assessments, and(eq(assessments.orgId, interviews.orgId), eq(assessments.interviewId, interviews.id)))
    .where(
      and(
        eq(interviews.orgId, orgId),
        eq(interviews.questionId, question.id),
        isNotNull(interviews.startedAt),
        // The interview being written about is not its own benchmark.
        ne(interviews.id, excludeInterviewId),
      ),
    );
  const facts = rows.map((row) => ({
    ...row,
    candidateId: "",
    interviewerId: "",
    questionId: question.id,
    startedAt: 0,
    advance: null,
    hasSelfAssessment: false,
    selfOverall: null,
    thinksPassed: null,
    wouldReturn: null,
  }));
  return computeQuestionBenchmarks({ ...question, externalId: null, layers: [...question.layers] }, facts);
}

/** The benchmarks of the question an interview ran on, from the other interviews; null without a question. */
export function benchmarksOfRecord(db: Db, orgId: string, record: InterviewRecord): Promise<QuestionReport | null> {
  const { questionId, id } = record.interview;
  if (!questionId) return Promise.resolve(null);
  const layers = record.layers.map((layer) => layer.title);
  return loadQuestionBenchmarks(db, orgId, { id: questionId, title: record.questionTitle ?? "", layers }, id);
}

/**
 * What the strongest performers do on the question of this interview, layer by layer, beside its
 * author's estimates: what the debrief screen shows in the last minutes of the interview.
 */
export async function interviewBenchmarks(db: Db, orgId: string, interviewId: string) {
  const record = await loadInterviewRecord(db, orgId, interviewId);
  const layers = record.layers;
  const report = await benchmarksOfRecord(db, orgId, record);
  const empty = { low: null, mid: null, top: null };
  return {
    interviews: report?.interviews ?? 0,
    layers: layers.map((layer, index) => ({
      layer: index + 1,
      title: layer.title,
      topMedianMinutes: report?.benchmarks.layers[index]?.topMedianMinutes ?? null,
      expectedMinutes: layer.expectedMinutes ?? null,
    })),
    medianHintsByTier: report?.benchmarks.medianHintsByTier ?? empty,
    medianLayersByTier: report?.benchmarks.medianLayersByTier ?? empty,
    topMedianCodingStartMinutes: report?.benchmarks.topMedianCodingStartMinutes ?? null,
    summary: report?.benchmarks.summary ?? "This interview has no question, so there is nothing to compare with.",
  };
}
