// The interviewer's assessment of one interview: the checklist with its evidence, the scores and the
// advance decision, and the code walk-through. Saved whole, after checks against the interview itself
// (its events, its code, its question's kind), so evidence never points at something that is not there.
import { and, eq } from "drizzle-orm";
import type { Db } from "../../data/database.js";
import { assessments, organizations } from "../../data/schema.js";
import { conflict, invalidFields, notFound } from "../../domain/errors.js";
import type { Assessment } from "../../domain/feedback/assessment.js";
import { findAssessmentIssues, lineCount } from "../../domain/feedback/validate-assessment.js";
import { loadInterviewRecord } from "./interview-record.js";
import type { AssessmentInput } from "./schemas.js";

export type AssessmentRow = typeof assessments.$inferSelect;

export async function getAssessment(db: Db, orgId: string, interviewId: string): Promise<AssessmentRow> {
  const [row] = await db
    .select()
    .from(assessments)
    .where(and(eq(assessments.orgId, orgId), eq(assessments.interviewId, interviewId)));
  if (!row) throw notFound("The assessment of this interview");
  return row;
}

export async function saveAssessment(
  db: Db,
  orgId: string,
  interviewId: string,
  input: AssessmentInput,
): Promise<AssessmentRow> {
  const record = await loadInterviewRecord(db, orgId, interviewId);
  if (!record.interview.startedAt) throw conflict("The interview has not started yet: there is nothing to assess.");
  const [org] = await db
    .select({ dimensions: organizations.scoreDimensions })
    .from(organizations)
    .where(eq(organizations.orgId, orgId));
  const assessment = input as Assessment;
  const issues = findAssessmentIssues(assessment, {
    questionKind: record.questionKind ?? null,
    eventIds: new Set(record.events.map((event) => event.id)),
    snapshotLines: new Map(record.snapshots.map((snapshot) => [snapshot.id, lineCount(snapshot.code)])),
    dimensions: org?.dimensions ?? [],
  });
  if (issues.length > 0) {
    throw invalidFields(issues.map((issue) => ({ field: `body.${issue.field}`, message: issue.message })));
  }
  const values = {
    scores: assessment.scores,
    overall: assessment.overall,
    advance: assessment.advance,
    checklist: assessment.checklist,
    annotations: assessment.annotations,
    // Empty reasons are not reasons: a cleared field leaves nothing for the candidate to read.
    scoreReasons: Object.fromEntries(
      Object.entries(assessment.scoreReasons ?? {}).filter(([, reason]) => reason.trim() !== ""),
    ),
    updatedAt: new Date(),
  };
  const [row] = await db
    .insert(assessments)
    .values({ orgId, interviewId, ...values })
    .onConflictDoUpdate({ target: [assessments.orgId, assessments.interviewId], set: values })
    .returning();
  return row as AssessmentRow;
}
