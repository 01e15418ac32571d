// Everything Debrief holds about one candidate, as one JSON document: what a candidate may ask for under
// GDPR article 15. The interviewers' private notes are the organisation's working notes, not findings about
// the candidate that were shared: they are listed as redacted, with their moment, so the record is whole.
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { candidateLinks, emailMessages } from "../../data/candidate-schema.js";
import type { Db } from "../../data/database.js";
import { feedbackVersions } from "../../data/feedback-schema.js";
import {
  assessments,
  candidateRatings,
  candidates,
  codeSnapshots,
  interviewEvents,
  interviews,
  offers,
  outcomes,
  questions,
  selfAssessments,
  users,
} from "../../data/schema.js";
import { notFound } from "../../domain/errors.js";

const iso = (date: Date | null | undefined) => date?.toISOString() ?? null;

export async function exportCandidate(db: Db, orgId: string, candidateId: string, now = new Date()) {
  const [candidate] = await db
    .select()
    .from(candidates)
    .where(and(eq(candidates.orgId, orgId), eq(candidates.id, candidateId)));
  if (!candidate) throw notFound("The candidate");
  const rows = await db
    .select({ interview: interviews, questionTitle: questions.title, interviewerName: users.name })
    .from(interviews)
    .innerJoin(users, and(eq(users.orgId, interviews.orgId), eq(users.id, interviews.interviewerId)))
    .leftJoin(questions, and(eq(questions.orgId, interviews.orgId), eq(questions.id, interviews.questionId)))
    .where(and(eq(interviews.orgId, orgId), eq(interviews.candidateId, candidateId)))
    .orderBy(asc(interviews.createdAt));
  const ids = rows.map((row) => row.interview.id);
  const of = <T extends { interviewId: string }>(list: T[], id: string) => list.filter((x) => x.interviewId === id);
  // A candidate with no interviews matches none of them (an empty IN list is not SQL).
  const inInterviews = (column: AnyPgColumn) => (ids.length > 0 ? inArray(column, ids) : sql`false`);
  const [events, snapshots, assessed, releases, selves, ratings, links, messages] = [
    await db
      .select()
      .from(interviewEvents)
      .where(and(eq(interviewEvents.orgId, orgId), inInterviews(interviewEvents.interviewId)))
      .orderBy(asc(interviewEvents.at), asc(interviewEvents.seq)),
    await db
      .select()
      .from(codeSnapshots)
      .where(and(eq(codeSnapshots.orgId, orgId), inInterviews(codeSnapshots.interviewId)))
      .orderBy(asc(codeSnapshots.at)),
    await db
      .select()
      .from(assessments)
      .where(and(eq(assessments.orgId, orgId), inInterviews(assessments.interviewId))),
    await db
      .select()
      .from(feedbackVersions)
      .where(and(eq(feedbackVersions.orgId, orgId), inInterviews(feedbackVersions.interviewId)))
      .orderBy(asc(feedbackVersions.version)),
    await db
      .select()
      .from(selfAssessments)
      .where(and(eq(selfAssessments.orgId, orgId), inInterviews(selfAssessments.interviewId))),
    await db
      .select()
      .from(candidateRatings)
      .where(and(eq(candidateRatings.orgId, orgId), inInterviews(candidateRatings.interviewId))),
    await db
      .select()
      .from(candidateLinks)
      .where(and(eq(candidateLinks.orgId, orgId), eq(candidateLinks.candidateId, candidateId))),
    await db
      .select()
      .from(emailMessages)
      .where(and(eq(emailMessages.orgId, orgId), inInterviews(emailMessages.interviewId))),
  ];
  const [outcomeRows, offerRows] = [
    await db
      .select()
      .from(outcomes)
      .where(and(eq(outcomes.orgId, orgId), eq(outcomes.candidateId, candidateId)))
      .orderBy(asc(outcomes.at)),
    await db
      .select()
      .from(offers)
      .where(and(eq(offers.orgId, orgId), eq(offers.candidateId, candidateId)))
      .orderBy(asc(offers.at)),
  ];
  return {
    format: "debrief-candidate-export" as const,
    version: 1 as const,
    exportedAt: now.toISOString(),
    candidate: {
      id: candidate.id,
      name: candidate.name,
      email: candidate.email,
      externalId: candidate.externalId,
      createdAt: iso(candidate.createdAt),
      // After an erasure the export says so: what is left is the anonymous record analytics count.
      erasedAt: iso(candidate.erasedAt),
    },
    interviews: rows.map(({ interview, questionTitle, interviewerName }) => {
      const assessment = assessed.find((a) => a.interviewId === interview.id);
      const self = selves.find((s) => s.interviewId === interview.id);
      const rating = ratings.find((r) => r.interviewId === interview.id);
      return {
        id: interview.id,
        question: questionTitle,
        interviewer: interviewerName,
        stage: interview.stage,
        scheduledAt: iso(interview.scheduledAt),
        startedAt: iso(interview.startedAt),
        endedAt: iso(interview.endedAt),
        feedbackSharedAt: iso(interview.feedbackSharedAt),
        events: of(events, interview.id)
          .filter((event) => event.deletedAt === null)
          .map((event) =>
            event.kind === "note"
              ? { at: event.at, kind: event.kind, redacted: true }
              : { at: event.at, kind: event.kind, text: event.text, topic: event.topic, layer: event.layer },
          ),
        code: of(snapshots, interview.id).map(({ at, language, code }) => ({ at, language, code })),
        assessment: assessment
          ? {
              scores: assessment.scores,
              overall: assessment.overall,
              advance: assessment.advance,
              reasons: assessment.scoreReasons,
              checklist: assessment.checklist,
              annotations: assessment.annotations,
            }
          : null,
        feedback: of(releases, interview.id).map((release) => ({
          version: release.version,
          releasedAt: iso(release.releasedAt),
          text: release.text,
        })),
        selfAssessment: self
          ? { scores: self.scores, overall: self.overall, thinksPassed: self.thinksPassed, answers: self.answers }
          : null,
        rating: rating ? { wouldReturn: rating.wouldReturn, comment: rating.comment } : null,
        links: links
          .filter((link) => link.interviewId === interview.id)
          .map((link) => ({
            createdAt: iso(link.createdAt),
            expiresAt: iso(link.expiresAt),
            revokedAt: iso(link.revokedAt),
            lastUsedAt: iso(link.lastUsedAt),
          })),
        emails: messages
          .filter((message) => message.interviewId === interview.id)
          .map((message) => ({
            to: message.toAddress,
            subject: message.subject,
            // The link in a message still works: the export says it was there, not what it was.
            text: message.text.replace(/\/c\/[A-Za-z0-9_-]+/g, "/c/[link]"),
            status: message.status,
            createdAt: iso(message.createdAt),
          })),
      };
    }),
    outcomes: outcomeRows.map((o) => ({ at: iso(o.at), passed: o.passed, company: o.company, stage: o.stage })),
    offers: offerRows.map((o) => ({ at: iso(o.at), accepted: o.accepted, feedbackGiven: o.feedbackGiven })),
  };
}
