// The candidate's own view of their interview: scores on the interviewer's scales, "do you think you
// passed?", and written answers to the prompts. Written through their link, or at the debrief screen in the
// last minutes of the interview; it can be changed until the candidate opens the feedback, and then stays
// as it was, so the two views compared are two views and not one echoing the other.
import { and, eq } from "drizzle-orm";
import type { Db } from "../../data/database.js";
import { organizations, selfAssessments } from "../../data/schema.js";
import { conflict, invalidFields } from "../../domain/errors.js";
import { builtInScoreDimensions, type ScoreDimension } from "../../domain/feedback/assessment.js";
import { latestRelease } from "./releases.js";

export type SelfAssessmentRow = typeof selfAssessments.$inferSelect;

export interface SelfAssessmentInput {
  scores: Record<string, number>;
  overall: number;
  thinksPassed: boolean;
  answers: Partial<Record<string, string>>;
}

export async function getSelfAssessment(db: Db, orgId: string, interviewId: string) {
  const [row] = await db
    .select()
    .from(selfAssessments)
    .where(and(eq(selfAssessments.orgId, orgId), eq(selfAssessments.interviewId, interviewId)));
  return row ?? null;
}

/**
 * The scales the candidate answers: those the interviewer scored in the released feedback, or before any
 * release, the organisation's dimensions.
 */
export async function selfAssessmentDimensions(db: Db, orgId: string, interviewId: string): Promise<ScoreDimension[]> {
  const release = await latestRelease(db, orgId, interviewId);
  const view = release?.releasedView;
  if (view) return view.dimensions.filter((dimension) => view.scores[dimension.id] !== undefined);
  const [org] = await db
    .select({ dimensions: organizations.scoreDimensions })
    .from(organizations)
    .where(eq(organizations.orgId, orgId));
  return [...builtInScoreDimensions, ...(org?.dimensions ?? [])];
}

export async function saveSelfAssessment(
  db: Db,
  orgId: string,
  interviewId: string,
  input: SelfAssessmentInput,
  source: "candidate" | "debrief",
): Promise<SelfAssessmentRow> {
  const existing = await getSelfAssessment(db, orgId, interviewId);
  if (existing?.lockedAt) {
    throw conflict("The feedback has been read: the self-assessment written before it stays as it was.");
  }
  const dimensions = await selfAssessmentDimensions(db, orgId, interviewId);
  const known = new Set(dimensions.map((dimension) => dimension.id));
  const fields = [
    ...Object.keys(input.scores)
      .filter((id) => !known.has(id))
      .map((id) => ({ field: `body.scores.${id}`, message: "not one of the scales of this interview" })),
    ...dimensions
      .filter((dimension) => input.scores[dimension.id] === undefined)
      .map((dimension) => ({
        field: `body.scores.${dimension.id}`,
        message: `expected a score for ${dimension.label}`,
      })),
  ];
  if (fields.length > 0) throw invalidFields(fields);
  const values = {
    scores: input.scores,
    overall: input.overall,
    thinksPassed: input.thinksPassed,
    answers: Object.fromEntries(
      Object.entries(input.answers).filter((entry): entry is [string, string] => Boolean(entry[1]?.trim())),
    ),
    source,
    updatedAt: new Date(),
  };
  const [row] = await db
    .insert(selfAssessments)
    .values({ orgId, interviewId, ...values })
    .onConflictDoUpdate({ target: [selfAssessments.orgId, selfAssessments.interviewId], set: values })
    .returning();
  return row as SelfAssessmentRow;
}

/** Called when the candidate opens the feedback: their own view is settled from here on. */
export async function lockSelfAssessment(db: Db, orgId: string, interviewId: string): Promise<void> {
  await db
    .update(selfAssessments)
    .set({ lockedAt: new Date() })
    .where(and(eq(selfAssessments.orgId, orgId), eq(selfAssessments.interviewId, interviewId)));
}
