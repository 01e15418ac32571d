// Erasing a candidate (GDPR article 17): everything that says who they are or what they wrote or said goes
// (their name, address and external ids, the interviewers' notes, their code, the feedback text, their
// written answers and comments, their links and the email to them), while the facts analytics count stay:
// the interview summaries, scores, decisions, self-ratings, experience ratings, outcomes and offers, under
// the same anonymous candidate id. So every figure of the report adds up as before.
import { and, eq, inArray, or, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { candidateLinks, emailMessages } from "../../data/candidate-schema.js";
import type { Db } from "../../data/database.js";
import { auditLog, feedbackDrafts, feedbackVersions } from "../../data/feedback-schema.js";
import {
  assessments,
  candidateRatings,
  candidates,
  codeSnapshots,
  interviewEventChanges,
  interviewEvents,
  interviews,
  offers,
  organizations,
  outcomes,
  selfAssessments,
} from "../../data/schema.js";
import { ERASED_NAME, type LegalHold } from "../../domain/candidate/data-policy.js";
import { conflict, notFound, Problem } from "../../domain/errors.js";
import { recordAudit } from "../feedback/audit.js";

export type ErasureBasis = "request" | "retention";

export interface Erasure {
  candidateId: string;
  erasedAt: Date;
  interviews: number;
  notes: number;
  codeSnapshots: number;
  feedbackVersions: number;
  emails: number;
}

/** The refusal while a legal hold lasts; its details say whose hold and why, so the caller can tell them. */
export function legalHoldProblem(hold: LegalHold): Problem {
  return new Problem(
    "legal_hold",
    `The organisation is under a legal hold (since ${hold.since.slice(0, 10)}: ${hold.reason}), so no candidate can be erased until an admin lifts it.`,
    undefined,
    { legalHold: hold },
  );
}

/**
 * Erases one candidate, inside the caller's transaction. Refuses while the organisation has a legal hold
 * (the caller logs the refusal, outside the rolled-back transaction) and for a candidate already erased.
 * `actorId` is who asked; null for the retention job.
 */
export async function eraseCandidate(
  db: Db,
  orgId: string,
  candidateId: string,
  request: { actorId: string | null; basis: ErasureBasis; now?: Date },
): Promise<Erasure> {
  const now = request.now ?? new Date();
  // The organisation's row is read FOR SHARE: placing a hold waits for this erasure, or this one sees it.
  const [org] = await db
    .select({ legalHold: organizations.legalHold })
    .from(organizations)
    .where(eq(organizations.orgId, orgId))
    .for("share");
  if (org?.legalHold) throw legalHoldProblem(org.legalHold);
  const [candidate] = await db
    .select()
    .from(candidates)
    .where(and(eq(candidates.orgId, orgId), eq(candidates.id, candidateId)))
    .for("update");
  if (!candidate) throw notFound("The candidate");
  if (candidate.erasedAt) throw conflict(`The candidate was already erased on ${candidate.erasedAt.toISOString()}.`);

  const ids = (
    await db
      .select({ id: interviews.id })
      .from(interviews)
      .where(and(eq(interviews.orgId, orgId), eq(interviews.candidateId, candidateId)))
  ).map((row) => row.id);
  const inInterviews = (table: { orgId: AnyPgColumn; interviewId: AnyPgColumn }) =>
    and(eq(table.orgId, orgId), ofInterviews(table.interviewId, ids));

  const notes = await db
    .update(interviewEvents)
    .set({ text: null })
    .where(and(inInterviews(interviewEvents), sql`${interviewEvents.text} is not null`))
    .returning({ id: interviewEvents.id });
  // What a note said before it was edited is as much the note as what it says now.
  await db.delete(interviewEventChanges).where(inInterviews(interviewEventChanges));
  const snapshots = await db
    .delete(codeSnapshots)
    .where(inInterviews(codeSnapshots))
    .returning({ id: codeSnapshots.id });
  await db
    .update(assessments)
    .set({ checklist: [], annotations: [], scoreReasons: {} })
    .where(inInterviews(assessments));
  await db.update(selfAssessments).set({ answers: {} }).where(inInterviews(selfAssessments));
  await db.update(candidateRatings).set({ comment: null }).where(inInterviews(candidateRatings));
  await db.delete(feedbackDrafts).where(inInterviews(feedbackDrafts));
  // Released versions stay as rows (who released what when), without what they said.
  const versions = await db
    .update(feedbackVersions)
    .set({ text: "", findings: [], overrideReason: null, releasedView: null })
    .where(inInterviews(feedbackVersions))
    .returning({ version: feedbackVersions.version });
  // Deleting the links ends the candidate's sessions with them (on delete cascade).
  await db
    .delete(candidateLinks)
    .where(and(eq(candidateLinks.orgId, orgId), eq(candidateLinks.candidateId, candidateId)));
  const emails = await db
    .delete(emailMessages)
    .where(
      and(
        eq(emailMessages.orgId, orgId),
        or(
          ofInterviews(emailMessages.interviewId, ids),
          candidate.email ? sql`lower(${emailMessages.toAddress}) = lower(${candidate.email})` : sql`false`,
        ),
      ),
    )
    .returning({ id: emailMessages.id });
  await scrubOtherEmail(db, orgId, candidate.name, candidate.email);
  await db
    .update(interviews)
    .set({ externalId: null, sourceHash: null })
    .where(and(eq(interviews.orgId, orgId), eq(interviews.candidateId, candidateId)));
  await db
    .update(outcomes)
    .set({ company: null, stage: null, dedupeKey: null })
    .where(and(eq(outcomes.orgId, orgId), eq(outcomes.candidateId, candidateId)));
  await db
    .update(offers)
    .set({ dedupeKey: null })
    .where(and(eq(offers.orgId, orgId), eq(offers.candidateId, candidateId)));
  await redactAudit(db, orgId, ids);
  await db
    .update(candidates)
    .set({ name: ERASED_NAME, email: null, externalId: null, erasedAt: now })
    .where(and(eq(candidates.orgId, orgId), eq(candidates.id, candidateId)));

  const erasure: Erasure = {
    candidateId,
    erasedAt: now,
    interviews: ids.length,
    notes: notes.length,
    codeSnapshots: snapshots.length,
    feedbackVersions: versions.length,
    emails: emails.length,
  };
  await recordAudit(db, {
    orgId,
    actorId: request.actorId,
    action: "candidate.erased",
    details: { ...erasure, erasedAt: now.toISOString(), basis: request.basis },
  });
  return erasure;
}

// A candidate with no interviews matches none of them (an empty IN list is not SQL).
function ofInterviews(column: AnyPgColumn, ids: string[]) {
  return ids.length > 0 ? inArray(column, ids) : sql`false`;
}

/**
 * Messages to other people (a second-look reminder to recruiters) may name the candidate among others:
 * their name and address are replaced there, whole words only, so the rest of the message still reads.
 */
async function scrubOtherEmail(db: Db, orgId: string, name: string, email: string | null) {
  const word = `\\m${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\M`;
  const replaced = (column: AnyPgColumn) => {
    const named = sql`regexp_replace(${column}, ${word}, ${ERASED_NAME}, 'g')`;
    return email ? sql`replace(${named}, ${email}, '[erased address]')` : named;
  };
  await db
    .update(emailMessages)
    .set({ subject: replaced(emailMessages.subject), text: replaced(emailMessages.text) })
    .where(
      and(
        eq(emailMessages.orgId, orgId),
        or(
          sql`${emailMessages.text} ~ ${word}`,
          sql`${emailMessages.subject} ~ ${word}`,
          email ? sql`strpos(${emailMessages.text}, ${email}) > 0` : sql`false`,
        ),
      ),
    );
  await db
    .update(emailMessages)
    .set({ html: null })
    .where(and(eq(emailMessages.orgId, orgId), sql`${emailMessages.html} ~ ${word}`));
}

/**
 * The audit log keeps who did what to the candidate's interviews, but not the words written about them: a
 * linter override's reason is the one free text it holds. The append-only trigger lets this one update
 * through because the transaction says it is erasing.
 */
async function redactAudit(db: Db, orgId: string, ids: string[]) {
  if (ids.length === 0) return;
  await db.execute(sql`select set_config('debrief.erasing', 'on', true)`);
  await db
    .update(auditLog)
    .set({ details: sql`${auditLog.details} || '{"reason": "[erased]"}'::jsonb` })
    .where(
      and(
        eq(auditLog.orgId, orgId),
        ofInterviews(auditLog.interviewId, ids),
        sql`${auditLog.details} ->> 'reason' is not null`,
      ),
    );
  await db.execute(sql`select set_config('debrief.erasing', 'off', true)`);
}
