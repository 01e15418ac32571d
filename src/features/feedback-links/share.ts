// Sharing released feedback with the candidate: a new link, and, when the candidate's email is known, a
// message with it. Runs in the release's transaction, so a failed release neither links nor mails.
import { and, eq } from "drizzle-orm";
import type { Db } from "../../data/database.js";
import { candidates, interviews, organizations, users } from "../../data/schema.js";
import { feedbackEmail } from "../../domain/candidate/feedback-email.js";
import { notFound } from "../../domain/errors.js";
import { type QueuedEmail, queueEmail } from "../email/queue-email.js";
import { issueLink, type LinkRow, linkUrl } from "./links.js";

export interface SharedLink {
  link: LinkRow;
  url: string;
  /** The message queued (or kept in the outbox), or null when the candidate has no email address. */
  email: (QueuedEmail & { to: string }) | null;
}

export async function shareFeedback(
  db: Db,
  config: { publicUrl: string; smtpUrl?: string },
  input: { orgId: string; interviewId: string; actorId: string; corrected: boolean; sendEmail: boolean },
): Promise<SharedLink> {
  const { orgId, interviewId } = input;
  const [facts] = await db
    .select({
      candidateName: candidates.name,
      candidateEmail: candidates.email,
      organizationName: organizations.name,
      interviewerName: users.name,
      startedAt: interviews.startedAt,
      scheduledAt: interviews.scheduledAt,
    })
    .from(interviews)
    .innerJoin(candidates, and(eq(candidates.orgId, interviews.orgId), eq(candidates.id, interviews.candidateId)))
    .innerJoin(users, and(eq(users.orgId, interviews.orgId), eq(users.id, interviews.interviewerId)))
    .innerJoin(organizations, eq(organizations.orgId, interviews.orgId))
    .where(and(eq(interviews.orgId, orgId), eq(interviews.id, interviewId)));
  if (!facts) throw notFound("The interview");
  const { link, token } = await issueLink(db, orgId, interviewId, input.actorId);
  const url = linkUrl(config.publicUrl, token);
  if (!input.sendEmail || !facts.candidateEmail) return { link, url, email: null };
  const message = feedbackEmail({
    candidateName: facts.candidateName,
    organizationName: facts.organizationName,
    interviewerName: facts.interviewerName,
    heldAt: facts.startedAt ?? facts.scheduledAt,
    url,
    expiresAt: link.expiresAt,
    corrected: input.corrected,
  });
  const queued = await queueEmail(db, config, {
    orgId,
    kind: input.corrected ? "feedback.corrected" : "feedback.released",
    to: facts.candidateEmail,
    ...message,
    interviewId,
  });
  return { link, url, email: { ...queued, to: facts.candidateEmail } };
}
