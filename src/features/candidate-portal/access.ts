// A candidate's way in: the link's token is exchanged (by POST, never by GET: mail scanners open links)
// for a session cookie that stands for that candidate's one interview, so the token does not stay in the
// address bar, the history or a log. Every request checks the link again, so revoking it ends the session.
import { and, eq, gt, isNull } from "drizzle-orm";
import { candidateLinks, candidateSessions } from "../../data/candidate-schema.js";
import type { Db } from "../../data/database.js";
import { issueSecret, newId, parseSecret } from "../auth/secrets.js";
import { LINK_PREFIX } from "../feedback-links/links.js";

const SESSION_PREFIX = "cs";
export const CANDIDATE_COOKIE = "debrief_candidate";
/** A session lasts a day at most (or until the link ends); the link works again for another. */
const SESSION_LIFETIME_MS = 24 * 60 * 60 * 1000;

/** Who a candidate request acts for: one candidate, one interview, through one link. */
export interface CandidatePrincipal {
  orgId: string;
  interviewId: string;
  candidateId: string;
  linkId: string;
}

/** The session for a working link, or undefined for a token that is wrong, expired or revoked (alike). */
export async function exchangeLink(db: Db, token: string): Promise<{ token: string; expiresAt: Date } | undefined> {
  const parsed = parseSecret(token, LINK_PREFIX);
  if (!parsed) return undefined;
  const now = new Date();
  const [link] = await db
    .update(candidateLinks)
    .set({ lastUsedAt: now })
    .where(
      and(
        eq(candidateLinks.orgId, parsed.orgId),
        eq(candidateLinks.tokenHash, parsed.tokenHash),
        isNull(candidateLinks.revokedAt),
        gt(candidateLinks.expiresAt, now),
      ),
    )
    .returning();
  if (!link) return undefined;
  const session = issueSecret(parsed.orgId, SESSION_PREFIX);
  const expiresAt = new Date(Math.min(link.expiresAt.getTime(), now.getTime() + SESSION_LIFETIME_MS));
  await db
    .insert(candidateSessions)
    .values({ orgId: parsed.orgId, id: newId(), linkId: link.id, tokenHash: session.tokenHash, expiresAt });
  return { token: session.token, expiresAt };
}

export async function resolveCandidateSession(db: Db, cookie: string): Promise<CandidatePrincipal | undefined> {
  const parsed = parseSecret(cookie, SESSION_PREFIX);
  if (!parsed) return undefined;
  const now = new Date();
  const [row] = await db
    .select({
      interviewId: candidateLinks.interviewId,
      candidateId: candidateLinks.candidateId,
      linkId: candidateLinks.id,
    })
    .from(candidateSessions)
    .innerJoin(
      candidateLinks,
      and(eq(candidateLinks.orgId, candidateSessions.orgId), eq(candidateLinks.id, candidateSessions.linkId)),
    )
    .where(
      and(
        eq(candidateSessions.orgId, parsed.orgId),
        eq(candidateSessions.tokenHash, parsed.tokenHash),
        gt(candidateSessions.expiresAt, now),
        isNull(candidateLinks.revokedAt),
        gt(candidateLinks.expiresAt, now),
      ),
    );
  return row ? { orgId: parsed.orgId, ...row } : undefined;
}

export async function endCandidateSession(db: Db, cookie: string): Promise<void> {
  const parsed = parseSecret(cookie, SESSION_PREFIX);
  if (!parsed) return;
  await db
    .delete(candidateSessions)
    .where(and(eq(candidateSessions.orgId, parsed.orgId), eq(candidateSessions.tokenHash, parsed.tokenHash)));
}
