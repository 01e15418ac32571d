// Scheduling, starting and finishing interviews, and reading one as its interviewer sees it.
import { and, asc, desc, eq, isNotNull, isNull, sql } from "drizzle-orm";
import type { Db } from "../../data/database.js";
import { candidates, interviews, questions, questionVersions, users } from "../../data/schema.js";
import { conflict, invalid, notFound } from "../../domain/errors.js";
import type { InterviewStage } from "../../domain/interviews/stages.js";
import { canSeeInterview, type Principal } from "../../domain/policies.js";
import { newId } from "../auth/secrets.js";

const DEFAULT_DURATION = 45;

const interviewSelection = {
  interview: interviews,
  candidateName: candidates.name,
  interviewerName: users.name,
  questionTitle: questions.title,
  questionKind: questions.kind,
  questionDuration: questions.durationMinutes,
  layers: questionVersions.layers,
};

function baseQuery(db: Db) {
  return db
    .select(interviewSelection)
    .from(interviews)
    .innerJoin(candidates, and(eq(candidates.orgId, interviews.orgId), eq(candidates.id, interviews.candidateId)))
    .innerJoin(users, and(eq(users.orgId, interviews.orgId), eq(users.id, interviews.interviewerId)))
    .leftJoin(questions, and(eq(questions.orgId, interviews.orgId), eq(questions.id, interviews.questionId)))
    .leftJoin(
      questionVersions,
      and(
        eq(questionVersions.orgId, interviews.orgId),
        eq(questionVersions.questionId, interviews.questionId),
        eq(questionVersions.version, interviews.questionVersion),
      ),
    );
}

export type InterviewRow = Awaited<ReturnType<typeof getInterviewRow>>;

async function getInterviewRow(db: Db, orgId: string, id: string) {
  const [row] = await baseQuery(db).where(and(eq(interviews.orgId, orgId), eq(interviews.id, id)));
  if (!row) throw notFound("The interview");
  return row;
}

/** An interview the principal may see; one they may not is "not found", like one that does not exist. */
export async function getInterview(db: Db, principal: Principal, id: string) {
  const row = await getInterviewRow(db, principal.orgId, id);
  if (!canSeeInterview(principal, row.interview)) throw notFound("The interview");
  return row;
}

export async function listInterviews(
  db: Db,
  principal: Principal,
  query: { mine?: "true" | "false"; candidateId?: string; status?: "scheduled" | "live" | "finished"; limit: number },
) {
  // Interviewers see their own interviews; recruiters and admins everyone's, or their own on request.
  const onlyMine = principal.role === "interviewer" || query.mine === "true";
  const statusFilter =
    query.status === "scheduled"
      ? isNull(interviews.startedAt)
      : query.status === "live"
        ? and(isNotNull(interviews.startedAt), isNull(interviews.endedAt))
        : query.status === "finished"
          ? isNotNull(interviews.endedAt)
          : undefined;
  // Today's and upcoming interviews first, soonest first; then past ones, most recent first. Two queries,
  // each in the order of the index on (org_id, when), so neither sorts the organisation's whole history.
  const when = sql`coalesce(${interviews.startedAt}, ${interviews.scheduledAt}, ${interviews.createdAt})`;
  const soon = sql`(${interviews.endedAt} is null and ${when} >= date_trunc('day', now()) - interval '1 day')`;
  const where = and(
    eq(interviews.orgId, principal.orgId),
    onlyMine ? eq(interviews.interviewerId, principal.userId) : undefined,
    query.candidateId ? eq(interviews.candidateId, query.candidateId) : undefined,
    statusFilter,
  );
  const upcoming = await baseQuery(db)
    .where(and(where, soon))
    .orderBy(asc(when), asc(interviews.id))
    .limit(query.limit);
  if (upcoming.length === query.limit) return upcoming;
  const past = await baseQuery(db)
    .where(and(where, sql`not ${soon}`))
    .orderBy(desc(when), asc(interviews.id))
    .limit(query.limit - upcoming.length);
  return [...upcoming, ...past];
}

export interface NewInterview {
  candidateId: string;
  questionId?: string;
  interviewerId: string;
  stage?: InterviewStage;
  scheduledAt?: string;
  durationMinutes?: number;
}

export async function scheduleInterview(db: Db, orgId: string, input: NewInterview) {
  const [candidate] = await db
    .select({ id: candidates.id })
    .from(candidates)
    .where(and(eq(candidates.orgId, orgId), eq(candidates.id, input.candidateId)));
  if (!candidate) throw invalid("expected the id of a candidate of this organisation", "candidateId");
  const [interviewer] = await db
    .select({ id: users.id, active: isNull(users.deactivatedAt) })
    .from(users)
    .where(and(eq(users.orgId, orgId), eq(users.id, input.interviewerId)));
  if (!interviewer?.active) throw invalid("expected the id of an active person of this organisation", "interviewerId");
  const question = input.questionId ? await questionForInterview(db, orgId, input.questionId) : undefined;
  const id = newId();
  await db.insert(interviews).values({
    orgId,
    id,
    candidateId: input.candidateId,
    interviewerId: input.interviewerId,
    questionId: question?.id ?? null,
    questionVersion: question?.version ?? null,
    stage: input.stage ?? null,
    scheduledAt: input.scheduledAt ? new Date(input.scheduledAt) : null,
    durationMinutes: input.durationMinutes ?? question?.durationMinutes ?? DEFAULT_DURATION,
  });
  return getInterviewRow(db, orgId, id);
}

async function questionForInterview(db: Db, orgId: string, questionId: string) {
  const [question] = await db
    .select({
      id: questions.id,
      version: questions.currentVersion,
      durationMinutes: questions.durationMinutes,
      archivedAt: questions.archivedAt,
    })
    .from(questions)
    .where(and(eq(questions.orgId, orgId), eq(questions.id, questionId)));
  if (!question) throw invalid("expected the id of a question of this organisation", "questionId");
  if (question.archivedAt) throw invalid("expected a question that is not archived", "questionId");
  return question;
}

export async function updateInterview(
  db: Db,
  principal: Principal,
  id: string,
  change: {
    questionId?: string | null;
    stage?: InterviewStage | null;
    scheduledAt?: string | null;
    durationMinutes?: number;
  },
) {
  const row = await getInterview(db, principal, id);
  const set: Partial<typeof interviews.$inferInsert> = {};
  if (change.questionId !== undefined) {
    if (row.interview.startedAt)
      throw conflict("The question cannot change once the interview has started.", "questionId");
    const question = change.questionId ? await questionForInterview(db, principal.orgId, change.questionId) : undefined;
    set.questionId = question?.id ?? null;
    set.questionVersion = question?.version ?? null;
  }
  if (change.stage !== undefined) set.stage = change.stage;
  if (change.scheduledAt !== undefined) set.scheduledAt = change.scheduledAt ? new Date(change.scheduledAt) : null;
  if (change.durationMinutes !== undefined) set.durationMinutes = change.durationMinutes;
  if (Object.keys(set).length > 0) {
    await db
      .update(interviews)
      .set(set)
      .where(and(eq(interviews.orgId, principal.orgId), eq(interviews.id, id)));
  }
  return getInterviewRow(db, principal.orgId, id);
}

/** Starts the clock. Starting again is harmless: the first start stands. */
export async function startInterview(db: Db, orgId: string, id: string) {
  await db
    .update(interviews)
    .set({ startedAt: sql`coalesce(${interviews.startedAt}, now())` })
    .where(and(eq(interviews.orgId, orgId), eq(interviews.id, id)));
  return getInterviewRow(db, orgId, id);
}

export async function finishInterview(db: Db, orgId: string, id: string) {
  const row = await getInterviewRow(db, orgId, id);
  if (!row.interview.startedAt) throw conflict("The interview has not started.");
  await db
    .update(interviews)
    .set({ endedAt: sql`coalesce(${interviews.endedAt}, now())` })
    .where(and(eq(interviews.orgId, orgId), eq(interviews.id, id)));
  return getInterviewRow(db, orgId, id);
}

/**
 * Who runs an interview: the check before every note. It is remembered for a few seconds (at most 10,000
 * interviews) rather than read for each note. Only a history re-import changes an interview's interviewer;
 * it forgets what this process remembers, and another process (`debrief import`) is noticed within
 * OWNER_TTL_MS.
 */
export async function getInterviewOwner(db: Db, principal: Principal, id: string, now = Date.now()) {
  const key = `${principal.orgId}:${id}`;
  const remembered = interviewers.get(key);
  let interviewerId = remembered && remembered.expires > now ? remembered.interviewerId : undefined;
  if (interviewerId === undefined) {
    const [row] = await db
      .select({ interviewerId: interviews.interviewerId })
      .from(interviews)
      .where(and(eq(interviews.orgId, principal.orgId), eq(interviews.id, id)));
    if (!row) throw notFound("The interview");
    interviewerId = row.interviewerId;
    if (interviewers.size >= 10_000) interviewers.delete(interviewers.keys().next().value as string);
    interviewers.delete(key);
    interviewers.set(key, { interviewerId, expires: now + OWNER_TTL_MS });
  }
  const owner = { interviewerId };
  if (!canSeeInterview(principal, owner)) throw notFound("The interview");
  return owner;
}

export const OWNER_TTL_MS = 5_000;
const interviewers = new Map<string, { interviewerId: string; expires: number }>();

/** Forgets who runs the organisation's interviews (after an import that may have changed it). */
export function forgetInterviewOwners(orgId: string): void {
  for (const key of interviewers.keys()) if (key.startsWith(`${orgId}:`)) interviewers.delete(key);
}
