// Second looks: a candidate whose latest interview did not advance comes up again once the organisation's
// period has passed (six months by default), unless they have interviewed since or had an offer. Recruiters
// see who is due, with how the candidate has done over time and what feedback they were given, and are
// reminded once when each comes due (remind.ts); a dismissed candidate drops off the list.
import { and, asc, desc, eq, inArray, isNotNull, isNull, sql } from "drizzle-orm";
import { secondLookReminders } from "../../data/candidate-schema.js";
import type { Db } from "../../data/database.js";
import {
  assessments,
  candidateRatings,
  candidates,
  interviews,
  offers,
  organizations,
  outcomes,
  questions,
  selfAssessments,
  users,
} from "../../data/schema.js";
import { DAY_MS, defaultCandidatePolicy, secondLookDue } from "../../domain/candidate/policy.js";
import { notFound } from "../../domain/errors.js";

/** How far ahead the list looks for candidates coming due. */
export const UPCOMING_DAYS = 30;

export type TrajectoryPoint =
  | { kind: "interview"; at: Date; overall: number | null; advance: boolean | null; feedbackShared: boolean }
  | { kind: "outcome"; at: Date; passed: boolean; company: string | null }
  | { kind: "offer"; at: Date; accepted: boolean };

export interface SecondLook {
  candidate: { id: string; name: string; email: string | null };
  interview: {
    id: string;
    heldAt: Date;
    questionTitle: string | null;
    interviewerName: string;
    overall: number;
    feedbackSharedAt: Date | null;
    thoughtTheyPassed: boolean | null;
    wouldReturn: number | null;
  };
  dueAt: Date;
  remindedAt: Date | null;
  trajectory: TrajectoryPoint[];
}

/** Candidates due for a second look by `now`, and those coming due within `UPCOMING_DAYS`. */
export async function listSecondLooks(db: Db, orgId: string, now = new Date()) {
  const [org] = await db
    .select({ policy: organizations.candidatePolicy })
    .from(organizations)
    .where(eq(organizations.orgId, orgId));
  const policy = org?.policy ?? defaultCandidatePolicy;
  const horizon = new Date(now.getTime() + UPCOMING_DAYS * DAY_MS);
  const latest = db.$with("latest").as(
    db
      .selectDistinctOn([interviews.candidateId], {
        interviewId: interviews.id,
        candidateId: interviews.candidateId,
        heldAt: sql<Date>`${interviews.startedAt}`.as("held_at"),
      })
      .from(interviews)
      .where(
        and(eq(interviews.orgId, orgId), sql`coalesce(${interviews.startedAt}, ${interviews.scheduledAt}) is not null`),
      )
      .orderBy(interviews.candidateId, desc(sql`coalesce(${interviews.startedAt}, ${interviews.scheduledAt})`)),
  );
  const rows = await db
    .with(latest)
    .select({
      candidate: { id: candidates.id, name: candidates.name, email: candidates.email },
      interview: {
        id: interviews.id,
        heldAt: interviews.startedAt,
        questionTitle: questions.title,
        interviewerName: users.name,
        overall: assessments.overall,
        feedbackSharedAt: interviews.feedbackSharedAt,
        thoughtTheyPassed: selfAssessments.thinksPassed,
        wouldReturn: candidateRatings.wouldReturn,
      },
      remindedAt: secondLookReminders.remindedAt,
      dismissedAt: secondLookReminders.dismissedAt,
    })
    .from(latest)
    .innerJoin(interviews, and(eq(interviews.orgId, orgId), eq(interviews.id, latest.interviewId)))
    .innerJoin(candidates, and(eq(candidates.orgId, orgId), eq(candidates.id, latest.candidateId)))
    .innerJoin(assessments, and(eq(assessments.orgId, orgId), eq(assessments.interviewId, interviews.id)))
    .innerJoin(users, and(eq(users.orgId, orgId), eq(users.id, interviews.interviewerId)))
    .leftJoin(questions, and(eq(questions.orgId, orgId), eq(questions.id, interviews.questionId)))
    .leftJoin(selfAssessments, and(eq(selfAssessments.orgId, orgId), eq(selfAssessments.interviewId, interviews.id)))
    .leftJoin(candidateRatings, and(eq(candidateRatings.orgId, orgId), eq(candidateRatings.interviewId, interviews.id)))
    .leftJoin(
      secondLookReminders,
      and(eq(secondLookReminders.orgId, orgId), eq(secondLookReminders.interviewId, interviews.id)),
    )
    .where(
      and(
        eq(assessments.advance, false),
        isNotNull(interviews.startedAt),
        // An erased candidate cannot be approached again: nobody knows who they are any more.
        isNull(candidates.erasedAt),
        // Due within the horizon: held at least the period, less the horizon, ago (refined below by calendar).
        sql`${interviews.startedAt} <= ${horizon.toISOString()}::timestamptz - make_interval(months => ${policy.secondLookMonths})`,
        sql`not exists (select 1 from ${offers} where ${offers.orgId} = ${orgId} and ${offers.candidateId} = ${candidates.id} and ${offers.at} >= ${interviews.startedAt})`,
      ),
    )
    .orderBy(asc(interviews.startedAt));
  const open = rows.filter((row) => row.dismissedAt === null && row.interview.heldAt !== null);
  const trajectories = await loadTrajectories(
    db,
    orgId,
    open.map((row) => row.candidate.id),
  );
  const looks: SecondLook[] = open.map((row) => {
    const heldAt = row.interview.heldAt as Date;
    return {
      candidate: row.candidate,
      interview: { ...row.interview, heldAt },
      dueAt: secondLookDue(policy, heldAt),
      remindedAt: row.remindedAt,
      trajectory: trajectories.get(row.candidate.id) ?? [],
    };
  });
  return {
    months: policy.secondLookMonths,
    due: looks.filter((look) => look.dueAt <= now),
    upcoming: looks.filter((look) => look.dueAt > now && look.dueAt <= horizon),
  };
}

/** Each candidate's interviews, later outcomes and offers, in time order. */
async function loadTrajectories(db: Db, orgId: string, candidateIds: string[]) {
  const byCandidate = new Map<string, TrajectoryPoint[]>();
  if (candidateIds.length === 0) return byCandidate;
  const add = (id: string, point: TrajectoryPoint) => byCandidate.set(id, [...(byCandidate.get(id) ?? []), point]);
  const [interviewRows, outcomeRows, offerRows] = [
    await db
      .select({
        candidateId: interviews.candidateId,
        at: interviews.startedAt,
        overall: assessments.overall,
        advance: assessments.advance,
        feedbackSharedAt: interviews.feedbackSharedAt,
      })
      .from(interviews)
      .leftJoin(assessments, and(eq(assessments.orgId, orgId), eq(assessments.interviewId, interviews.id)))
      .where(
        and(
          eq(interviews.orgId, orgId),
          inArray(interviews.candidateId, candidateIds),
          isNotNull(interviews.startedAt),
        ),
      ),
    await db
      .select()
      .from(outcomes)
      .where(and(eq(outcomes.orgId, orgId), inArray(outcomes.candidateId, candidateIds))),
    await db
      .select()
      .from(offers)
      .where(and(eq(offers.orgId, orgId), inArray(offers.candidateId, candidateIds))),
  ];
  for (const row of interviewRows) {
    add(row.candidateId, {
      kind: "interview",
      at: row.at as Date,
      overall: row.overall,
      advance: row.advance,
      feedbackShared: row.feedbackSharedAt !== null,
    });
  }
  for (const row of outcomeRows)
    add(row.candidateId, { kind: "outcome", at: row.at, passed: row.passed, company: row.company });
  for (const row of offerRows) add(row.candidateId, { kind: "offer", at: row.at, accepted: row.accepted });
  for (const points of byCandidate.values()) points.sort((a, b) => a.at.getTime() - b.at.getTime());
  return byCandidate;
}

/** Takes a candidate off the list: the recruiter has looked and decided. */
export async function dismissSecondLook(db: Db, orgId: string, interviewId: string, userId: string) {
  const [interview] = await db
    .select({ id: interviews.id })
    .from(interviews)
    .where(and(eq(interviews.orgId, orgId), eq(interviews.id, interviewId)));
  if (!interview) throw notFound("The interview");
  const values = { dismissedAt: new Date(), dismissedBy: userId };
  await db
    .insert(secondLookReminders)
    .values({ orgId, interviewId, ...values })
    .onConflictDoUpdate({ target: [secondLookReminders.orgId, secondLookReminders.interviewId], set: values });
}
