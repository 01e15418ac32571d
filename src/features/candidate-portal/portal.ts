// What a candidate does through their link, in order: their own view first, then the feedback as released,
// then the two views side by side, then a rating of the experience. Each step checks the one before it,
// so the order holds whatever the browser sends.
import { and, eq } from "drizzle-orm";
import type { Db } from "../../data/database.js";
import { candidateRatings, candidates, interviews, organizations, questions, users } from "../../data/schema.js";
import { compareViews, summarizeComparison } from "../../domain/candidate/compare.js";
import { conflict, notFound } from "../../domain/errors.js";
import type { CandidatePrincipal } from "./access.js";
import { latestRelease } from "./releases.js";
import { getSelfAssessment, lockSelfAssessment, selfAssessmentDimensions } from "./self-assessment.js";

export async function getOverview(db: Db, who: CandidatePrincipal) {
  const [row] = await db
    .select({
      organizationName: organizations.name,
      candidateName: candidates.name,
      interviewerName: users.name,
      questionTitle: questions.title,
      startedAt: interviews.startedAt,
      scheduledAt: interviews.scheduledAt,
    })
    .from(interviews)
    .innerJoin(organizations, eq(organizations.orgId, interviews.orgId))
    .innerJoin(candidates, and(eq(candidates.orgId, interviews.orgId), eq(candidates.id, interviews.candidateId)))
    .innerJoin(users, and(eq(users.orgId, interviews.orgId), eq(users.id, interviews.interviewerId)))
    .leftJoin(questions, and(eq(questions.orgId, interviews.orgId), eq(questions.id, interviews.questionId)))
    .where(and(eq(interviews.orgId, who.orgId), eq(interviews.id, who.interviewId)));
  if (!row) throw notFound("The interview");
  const [selfAssessment, release, rating, dimensions] = [
    await getSelfAssessment(db, who.orgId, who.interviewId),
    await latestRelease(db, who.orgId, who.interviewId),
    await getRating(db, who),
    await selfAssessmentDimensions(db, who.orgId, who.interviewId),
  ];
  return { ...row, selfAssessment, release, rating, dimensions };
}

export type Overview = Awaited<ReturnType<typeof getOverview>>;

async function getRating(db: Db, who: CandidatePrincipal) {
  const [row] = await db
    .select()
    .from(candidateRatings)
    .where(and(eq(candidateRatings.orgId, who.orgId), eq(candidateRatings.interviewId, who.interviewId)));
  return row ?? null;
}

/** The released feedback; opening it settles the candidate's own view, which must come first. */
export async function openFeedback(db: Db, who: CandidatePrincipal) {
  const selfAssessment = await getSelfAssessment(db, who.orgId, who.interviewId);
  if (!selfAssessment) throw conflict("Tell us how you think it went first: the feedback opens after that.");
  const release = await latestRelease(db, who.orgId, who.interviewId);
  if (!release) throw notFound("Released feedback");
  if (!selfAssessment.lockedAt) await lockSelfAssessment(db, who.orgId, who.interviewId);
  return release;
}

/** The feedback once opened; a read never settles anything (a prefetch must not lock the answers). */
export async function readFeedback(db: Db, who: CandidatePrincipal) {
  const selfAssessment = await getSelfAssessment(db, who.orgId, who.interviewId);
  if (!selfAssessment?.lockedAt) throw conflict("Open the feedback first: it opens after your own view.");
  const release = await latestRelease(db, who.orgId, who.interviewId);
  if (!release) throw notFound("Released feedback");
  return release;
}

export async function getComparison(db: Db, who: CandidatePrincipal) {
  const selfAssessment = await getSelfAssessment(db, who.orgId, who.interviewId);
  if (!selfAssessment?.lockedAt) throw conflict("Read the feedback first: the comparison follows it.");
  const release = await latestRelease(db, who.orgId, who.interviewId);
  if (!release?.releasedView) throw notFound("A comparison for this feedback");
  const points = compareViews(
    { scores: selfAssessment.scores, overall: selfAssessment.overall, thinksPassed: selfAssessment.thinksPassed },
    release.releasedView,
  );
  return { points, summary: summarizeComparison(points) };
}

export async function saveRating(db: Db, who: CandidatePrincipal, input: { wouldReturn: number; comment?: string }) {
  const selfAssessment = await getSelfAssessment(db, who.orgId, who.interviewId);
  if (!selfAssessment?.lockedAt) throw conflict("Read the feedback first: the rating comes after it.");
  const values = { wouldReturn: input.wouldReturn, comment: input.comment?.trim() || null };
  const [row] = await db
    .insert(candidateRatings)
    .values({ orgId: who.orgId, interviewId: who.interviewId, ...values })
    .onConflictDoUpdate({ target: [candidateRatings.orgId, candidateRatings.interviewId], set: values })
    .returning();
  if (!row) throw new Error("upsert returned no row");
  return row;
}
