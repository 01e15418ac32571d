// Feedback links: how a candidate reaches their released feedback. A link carries 256 random bits (and the
// organisation's id, so it is looked up within that organisation alone), is stored only as a hash, works
// until the organisation's policy says it expires, and can be revoked at once, which also ends every
// session it was exchanged for.
import { and, desc, eq, sql } from "drizzle-orm";
import { candidateLinks } from "../../data/candidate-schema.js";
import type { Db } from "../../data/database.js";
import { interviews, organizations } from "../../data/schema.js";
import { defaultCandidatePolicy, linkExpiry } from "../../domain/candidate/policy.js";
import { notFound } from "../../domain/errors.js";
import { issueSecret, newId } from "../auth/secrets.js";

export const LINK_PREFIX = "fb";

export type LinkRow = typeof candidateLinks.$inferSelect;
export type LinkStatus = "active" | "expired" | "revoked";

export function linkStatus(row: LinkRow, now = new Date()): LinkStatus {
  if (row.revokedAt) return "revoked";
  return row.expiresAt <= now ? "expired" : "active";
}

/** The address a candidate opens: the token is in it, so it is shown once and sent once. */
export const linkUrl = (publicUrl: string, token: string) => `${publicUrl}/c/${token}`;

export interface IssuedLink {
  link: LinkRow;
  token: string;
}

/** Issues a new link to the interview's feedback; links issued before keep working until they expire. */
export async function issueLink(db: Db, orgId: string, interviewId: string, createdBy: string): Promise<IssuedLink> {
  const [interview] = await db
    .select({ candidateId: interviews.candidateId, policy: organizations.candidatePolicy })
    .from(interviews)
    .innerJoin(organizations, eq(organizations.orgId, interviews.orgId))
    .where(and(eq(interviews.orgId, orgId), eq(interviews.id, interviewId)));
  if (!interview) throw notFound("The interview");
  const { token, tokenHash } = issueSecret(orgId, LINK_PREFIX);
  const now = new Date();
  const [link] = await db
    .insert(candidateLinks)
    .values({
      orgId,
      id: newId(),
      interviewId,
      candidateId: interview.candidateId,
      tokenHash,
      createdBy,
      createdAt: now,
      expiresAt: linkExpiry(interview.policy ?? defaultCandidatePolicy, now),
    })
    .returning();
  if (!link) throw new Error("insert returned no row");
  return { link, token };
}

export function listLinks(db: Db, orgId: string, interviewId: string) {
  return db
    .select()
    .from(candidateLinks)
    .where(and(eq(candidateLinks.orgId, orgId), eq(candidateLinks.interviewId, interviewId)))
    .orderBy(desc(candidateLinks.createdAt));
}

/** Revokes a link of this interview; revoking it again is harmless. */
export async function revokeLink(db: Db, orgId: string, interviewId: string, linkId: string): Promise<LinkRow> {
  const [row] = await db
    .update(candidateLinks)
    .set({ revokedAt: sql`coalesce(${candidateLinks.revokedAt}, now())` })
    .where(
      and(eq(candidateLinks.orgId, orgId), eq(candidateLinks.interviewId, interviewId), eq(candidateLinks.id, linkId)),
    )
    .returning();
  if (!row) throw notFound("The link");
  return row;
}
