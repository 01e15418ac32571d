// What the assessment and the draft read of one interview: its question as it ran (kind and layers of
// its version), its events that are not deleted, and its code snapshots.
import { and, asc, eq, isNull } from "drizzle-orm";
import type { Db } from "../../data/database.js";
import { codeSnapshots, interviewEvents, interviews, questions, questionVersions } from "../../data/schema.js";
import { notFound } from "../../domain/errors.js";

export async function loadInterviewRecord(db: Db, orgId: string, interviewId: string) {
  const [row] = await db
    .select({
      interview: interviews,
      questionTitle: questions.title,
      questionKind: questions.kind,
      layers: questionVersions.layers,
    })
    .from(interviews)
    .leftJoin(questions, and(eq(questions.orgId, interviews.orgId), eq(questions.id, interviews.questionId)))
    .leftJoin(
      questionVersions,
      and(
        eq(questionVersions.orgId, interviews.orgId),
        eq(questionVersions.questionId, interviews.questionId),
        eq(questionVersions.version, interviews.questionVersion),
      ),
    )
    .where(and(eq(interviews.orgId, orgId), eq(interviews.id, interviewId)));
  if (!row) throw notFound("The interview");
  const events = await db
    .select()
    .from(interviewEvents)
    .where(
      and(
        eq(interviewEvents.orgId, orgId),
        eq(interviewEvents.interviewId, interviewId),
        isNull(interviewEvents.deletedAt),
      ),
    )
    .orderBy(asc(interviewEvents.at), asc(interviewEvents.seq), asc(interviewEvents.createdAt));
  const snapshots = await db
    .select()
    .from(codeSnapshots)
    .where(and(eq(codeSnapshots.orgId, orgId), eq(codeSnapshots.interviewId, interviewId)))
    .orderBy(asc(codeSnapshots.at), asc(codeSnapshots.createdAt));
  return { ...row, layers: row.layers ?? [], events, snapshots };
}

export type InterviewRecord = Awaited<ReturnType<typeof loadInterviewRecord>>;
