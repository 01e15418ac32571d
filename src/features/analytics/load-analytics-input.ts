// Reads what the analytics report needs for one organisation, in a handful of narrow queries. Events are
// not read at all: each interview carries a summary of its events (src/domain/history/summarize-events.ts).
import { and, count, eq, isNotNull, or, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { Db } from "../../data/database.js";
import {
  assessments,
  candidateRatings,
  candidates,
  interviews,
  offers,
  outcomes,
  questions,
  questionVersions,
  selfAssessments,
  users,
} from "../../data/schema.js";
import type { AnalyticsInput, InterviewFacts } from "../../domain/analytics/types.js";

// Epoch milliseconds computed by the database, so that both drivers hand back a plain number.
const epochMs = (column: AnyPgColumn) => sql<number>`(extract(epoch from ${column}) * 1000)::float8`;

export async function loadAnalyticsInput(db: Db, orgId: string): Promise<AnalyticsInput> {
  const [interviewRows, outcomeRows, offerRows, interviewerRows, questionRows, [candidateCount]] = await Promise.all([
    db
      .select({
        id: interviews.id,
        candidateId: interviews.candidateId,
        interviewerId: interviews.interviewerId,
        questionId: interviews.questionId,
        startedAt: epochMs(interviews.startedAt),
        overall: assessments.overall,
        advance: assessments.advance,
        selfInterviewId: selfAssessments.interviewId,
        selfOverall: selfAssessments.overall,
        thinksPassed: selfAssessments.thinksPassed,
        wouldReturn: candidateRatings.wouldReturn,
        hintCount: interviews.hintCount,
        codingStartedSec: interviews.codingStartedSec,
        layerCompletedSec: interviews.layerCompletedSec,
      })
      .from(interviews)
      .leftJoin(assessments, and(eq(assessments.orgId, interviews.orgId), eq(assessments.interviewId, interviews.id)))
      .leftJoin(
        selfAssessments,
        and(eq(selfAssessments.orgId, interviews.orgId), eq(selfAssessments.interviewId, interviews.id)),
      )
      .leftJoin(
        candidateRatings,
        and(eq(candidateRatings.orgId, interviews.orgId), eq(candidateRatings.interviewId, interviews.id)),
      )
      .where(and(eq(interviews.orgId, orgId), isNotNull(interviews.startedAt))),
    db
      .select({ candidateId: outcomes.candidateId, at: epochMs(outcomes.at), passed: outcomes.passed })
      .from(outcomes)
      .where(eq(outcomes.orgId, orgId)),
    db
      .select({
        candidateId: offers.candidateId,
        at: epochMs(offers.at),
        accepted: offers.accepted,
        feedbackGiven: offers.feedbackGiven,
      })
      .from(offers)
      .where(eq(offers.orgId, orgId)),
    db
      .select({ id: users.id, externalId: users.externalId, name: users.name })
      .from(users)
      .where(
        and(
          eq(users.orgId, orgId),
          or(
            eq(users.role, "interviewer"),
            sql`exists (select 1 from ${interviews} where ${interviews.orgId} = ${users.orgId} and ${interviews.interviewerId} = ${users.id})`,
          ),
        ),
      ),
    db
      .select({
        id: questions.id,
        externalId: questions.externalId,
        title: questions.title,
        layers: questionVersions.layers,
      })
      .from(questions)
      .leftJoin(
        questionVersions,
        and(
          eq(questionVersions.orgId, questions.orgId),
          eq(questionVersions.questionId, questions.id),
          eq(questionVersions.version, questions.currentVersion),
        ),
      )
      .where(eq(questions.orgId, orgId))
      .orderBy(questions.createdAt, questions.id),
    db.select({ n: count() }).from(candidates).where(eq(candidates.orgId, orgId)),
  ]);

  return {
    candidateCount: Number(candidateCount?.n ?? 0),
    interviewers: interviewerRows,
    // "Question 2" before "Question 10".
    questions: questionRows
      .map((q) => ({
        id: q.id,
        externalId: q.externalId,
        title: q.title,
        layers: (q.layers ?? []).map((l) => l.title),
      }))
      .sort((a, b) => a.title.localeCompare(b.title, "en", { numeric: true })),
    interviews: interviewRows.map(
      (r): InterviewFacts => ({
        id: r.id,
        candidateId: r.candidateId,
        interviewerId: r.interviewerId,
        questionId: r.questionId,
        startedAt: Number(r.startedAt),
        overall: r.overall,
        advance: r.advance,
        hasSelfAssessment: r.selfInterviewId !== null,
        selfOverall: r.selfOverall,
        thinksPassed: r.thinksPassed,
        wouldReturn: r.wouldReturn,
        hintCount: r.hintCount,
        codingStartedSec: r.codingStartedSec,
        layerCompletedSec: r.layerCompletedSec,
      }),
    ),
    outcomes: outcomeRows.map((o) => ({ ...o, at: Number(o.at) })),
    offers: offerRows.map((o) => ({ ...o, at: Number(o.at) })),
  };
}
