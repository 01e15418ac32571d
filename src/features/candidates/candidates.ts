// Candidates and what happened to them later: the recruiter's view, and where outcomes and offers are
// recorded one by one (an import brings them in bulk).
import { and, asc, count, eq, ilike, max, or, sql } from "drizzle-orm";
import type { Db } from "../../data/database.js";
import {
  assessments,
  candidateRatings,
  candidates,
  interviews,
  offers,
  outcomes,
  questions,
  selfAssessments,
  users,
} from "../../data/schema.js";
import { conflict, notFound } from "../../domain/errors.js";
import { newId } from "../auth/secrets.js";

export async function listCandidates(db: Db, orgId: string, query: { search?: string; limit: number; offset: number }) {
  const pattern = query.search ? `%${query.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : undefined;
  const where = and(
    eq(candidates.orgId, orgId),
    pattern
      ? or(ilike(candidates.name, pattern), ilike(candidates.email, pattern), ilike(candidates.externalId, pattern))
      : undefined,
  );
  const [rows, [total]] = await Promise.all([
    db
      .select({
        candidate: candidates,
        interviews: count(interviews.id),
        lastInterviewAt: max(sql`coalesce(${interviews.startedAt}, ${interviews.scheduledAt})`),
      })
      .from(candidates)
      .leftJoin(interviews, and(eq(interviews.orgId, candidates.orgId), eq(interviews.candidateId, candidates.id)))
      .where(where)
      .groupBy(candidates.orgId, candidates.id)
      .orderBy(
        sql`max(coalesce(${interviews.startedAt}, ${interviews.scheduledAt})) desc nulls last`,
        asc(candidates.name),
        // A total order, so that paging never shows one candidate twice or skips one.
        asc(candidates.id),
      )
      .limit(query.limit)
      .offset(query.offset),
    db.select({ n: count() }).from(candidates).where(where),
  ]);
  return {
    candidates: rows.map((r) => ({
      ...r.candidate,
      interviews: Number(r.interviews),
      lastInterviewAt: r.lastInterviewAt ? new Date(r.lastInterviewAt as string | Date) : null,
    })),
    total: Number(total?.n ?? 0),
  };
}

export async function createCandidate(
  db: Db,
  orgId: string,
  input: { name: string; email?: string; externalId?: string },
) {
  if (input.externalId) {
    const [taken] = await db
      .select({ id: candidates.id })
      .from(candidates)
      .where(and(eq(candidates.orgId, orgId), eq(candidates.externalId, input.externalId)));
    if (taken) throw conflict(`Another candidate already has the external id ${input.externalId}.`, "externalId");
  }
  const [row] = await db
    .insert(candidates)
    .values({ orgId, id: newId(), name: input.name, email: input.email ?? null, externalId: input.externalId ?? null })
    .returning();
  return row as NonNullable<typeof row>;
}

export async function getCandidate(db: Db, orgId: string, id: string) {
  const [candidate] = await db
    .select()
    .from(candidates)
    .where(and(eq(candidates.orgId, orgId), eq(candidates.id, id)));
  if (!candidate) throw notFound("The candidate");
  const [interviewRows, outcomeRows, offerRows] = await Promise.all([
    db
      .select({
        interview: interviews,
        interviewerName: users.name,
        questionTitle: questions.title,
        assessment: assessments,
        self: selfAssessments,
        wouldReturn: candidateRatings.wouldReturn,
      })
      .from(interviews)
      .innerJoin(users, and(eq(users.orgId, interviews.orgId), eq(users.id, interviews.interviewerId)))
      .leftJoin(questions, and(eq(questions.orgId, interviews.orgId), eq(questions.id, interviews.questionId)))
      .leftJoin(assessments, and(eq(assessments.orgId, interviews.orgId), eq(assessments.interviewId, interviews.id)))
      .leftJoin(
        selfAssessments,
        and(eq(selfAssessments.orgId, interviews.orgId), eq(selfAssessments.interviewId, interviews.id)),
      )
      .leftJoin(
        candidateRatings,
        and(eq(candidateRatings.orgId, interviews.orgId), eq(candidateRatings.interviewId, interviews.id)),
      )
      .where(and(eq(interviews.orgId, orgId), eq(interviews.candidateId, id)))
      .orderBy(asc(sql`coalesce(${interviews.startedAt}, ${interviews.scheduledAt})`)),
    db
      .select()
      .from(outcomes)
      .where(and(eq(outcomes.orgId, orgId), eq(outcomes.candidateId, id)))
      .orderBy(asc(outcomes.at)),
    db
      .select()
      .from(offers)
      .where(and(eq(offers.orgId, orgId), eq(offers.candidateId, id)))
      .orderBy(asc(offers.at)),
  ]);
  return { candidate, interviews: interviewRows, outcomes: outcomeRows, offers: offerRows };
}

async function requireCandidate(db: Db, orgId: string, id: string) {
  const [row] = await db
    .select({ id: candidates.id })
    .from(candidates)
    .where(and(eq(candidates.orgId, orgId), eq(candidates.id, id)));
  if (!row) throw notFound("The candidate");
}

export async function recordOutcome(
  db: Db,
  orgId: string,
  candidateId: string,
  input: { at: string; passed: boolean; company?: string; stage?: string },
) {
  await requireCandidate(db, orgId, candidateId);
  const [row] = await db
    .insert(outcomes)
    .values({
      orgId,
      id: newId(),
      candidateId,
      at: new Date(input.at),
      passed: input.passed,
      company: input.company || null,
      stage: input.stage || null,
    })
    .returning();
  return row as NonNullable<typeof row>;
}

export async function recordOffer(
  db: Db,
  orgId: string,
  candidateId: string,
  input: { at: string; accepted: boolean; feedbackGiven: boolean },
) {
  await requireCandidate(db, orgId, candidateId);
  const [row] = await db
    .insert(offers)
    .values({
      orgId,
      id: newId(),
      candidateId,
      at: new Date(input.at),
      accepted: input.accepted,
      feedbackGiven: input.feedbackGiven,
    })
    .returning();
  return row as NonNullable<typeof row>;
}

export async function deleteOutcome(db: Db, orgId: string, candidateId: string, id: string) {
  const deleted = await db
    .delete(outcomes)
    .where(and(eq(outcomes.orgId, orgId), eq(outcomes.candidateId, candidateId), eq(outcomes.id, id)))
    .returning({ id: outcomes.id });
  if (deleted.length === 0) throw notFound("The outcome");
}

export async function deleteOffer(db: Db, orgId: string, candidateId: string, id: string) {
  const deleted = await db
    .delete(offers)
    .where(and(eq(offers.orgId, orgId), eq(offers.candidateId, candidateId), eq(offers.id, id)))
    .returning({ id: offers.id });
  if (deleted.length === 0) throw notFound("The offer");
}
