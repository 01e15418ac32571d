// Freezes, at release, what the candidate reads beside the feedback text (domain/feedback/released-view.ts):
// the annotated code, the scores, decision and reasons, and the policy that decides which of them they see.
import { eq } from "drizzle-orm";
import type { Db } from "../../data/database.js";
import { organizations } from "../../data/schema.js";
import { builtInScoreDimensions, defaultFeedbackPolicy } from "../../domain/feedback/assessment.js";
import type { ReleasedView, WalkthroughBlock } from "../../domain/feedback/released-view.js";
import { getAssessment } from "./assessment.js";
import { loadInterviewRecord } from "./interview-record.js";
import { benchmarksOfRecord } from "./question-benchmarks.js";

export async function buildReleasedView(db: Db, orgId: string, interviewId: string): Promise<ReleasedView> {
  const assessment = await getAssessment(db, orgId, interviewId);
  const [org] = await db
    .select({ policy: organizations.feedbackPolicy, dimensions: organizations.scoreDimensions })
    .from(organizations)
    .where(eq(organizations.orgId, orgId));
  const record = await loadInterviewRecord(db, orgId, interviewId);
  const report = record.interview.questionId ? await benchmarksOfRecord(db, orgId, record) : null;
  const walkthrough: WalkthroughBlock[] = [];
  for (const snapshot of record.snapshots) {
    const annotations = assessment.annotations
      .filter((annotation) => annotation.snapshotId === snapshot.id)
      .sort((a, b) => a.startLine - b.startLine)
      .map(({ startLine, endLine, kind, comment }) => ({ startLine, endLine, kind, comment }));
    if (annotations.length > 0) {
      walkthrough.push({
        snapshotId: snapshot.id,
        language: snapshot.language,
        code: snapshot.code,
        at: snapshot.at,
        annotations,
      });
    }
  }
  return {
    policy: org?.policy ?? defaultFeedbackPolicy,
    dimensions: [...builtInScoreDimensions, ...(org?.dimensions ?? [])],
    scores: assessment.scores,
    overall: assessment.overall,
    advance: assessment.advance,
    reasons: assessment.scoreReasons,
    walkthrough,
    benchmarks: report && report.interviews > 0 ? report.benchmarks.summary : null,
  };
}
