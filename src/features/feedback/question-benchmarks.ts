// The benchmarks of one question (spec/analytics.md, "Questions") from the organisation's other assessed
// interviews on it, computed by the same domain function as the analytics report, without reading the
// whole report: a draft needs one question's figures, and needs them in milliseconds.
import { and, eq, isNotNull, ne } from "drizzle-orm";
import type { Db } from "../../data/database.js";
import { assessments, interviews } from "../../data/schema.js";
import { computeQuestionBenchmarks } from "../../domain/analytics/benchmarks.js";
import type { QuestionReport } from "../../domain/analytics/types.js";

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
