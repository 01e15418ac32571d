// What an organisation already holds, keyed by the source system's ids, so an import can tell new
// records from ones to update or leave alone.
import { and, eq, isNotNull } from "drizzle-orm";
import type { Db } from "../../data/database.js";
import { candidates, interviews, offers, outcomes, questions, questionVersions, users } from "../../data/schema.js";

export interface KnownRecords {
  /** `account`: the person can sign in, so their name and email are theirs, not the import's. */
  interviewers: Map<string, { id: string; name: string; email: string | null; account: boolean }>;
  usersByEmail: Map<string, { id: string; externalId: string | null }>;
  candidates: Map<string, { id: string; name: string; email: string | null }>;
  questions: Map<
    string,
    { id: string; title: string; kind: string; durationMinutes: number; version: number; layers: string[] }
  >;
  interviews: Map<string, { id: string; sourceHash: string | null }>;
  outcomeKeys: Set<string>;
  offerKeys: Set<string>;
}

export async function loadKnownRecords(db: Db, orgId: string): Promise<KnownRecords> {
  // One after another: inside a transaction they share one connection.
  const userRows = await db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      externalId: users.externalId,
      account: isNotNull(users.passwordHash),
    })
    .from(users)
    .where(eq(users.orgId, orgId));
  const candidateRows = await db
    .select({ id: candidates.id, name: candidates.name, email: candidates.email, externalId: candidates.externalId })
    .from(candidates)
    .where(and(eq(candidates.orgId, orgId), isNotNull(candidates.externalId)));
  const questionRows = await db
    .select({
      id: questions.id,
      externalId: questions.externalId,
      title: questions.title,
      kind: questions.kind,
      durationMinutes: questions.durationMinutes,
      version: questions.currentVersion,
      layers: questionVersions.layers,
    })
    .from(questions)
    .leftJoin(
      questionVersions,
      and(
        eq(questionVersions.orgId, questions.orgId),
        eq(questionVersions.questionId, questions.id),
        eq(questionVersions.version, questions.currentVersion),
      ),
    )
    .where(and(eq(questions.orgId, orgId), isNotNull(questions.externalId)));
  const interviewRows = await db
    .select({ id: interviews.id, externalId: interviews.externalId, sourceHash: interviews.sourceHash })
    .from(interviews)
    .where(and(eq(interviews.orgId, orgId), isNotNull(interviews.externalId)));
  const outcomeRows = await db
    .select({ key: outcomes.dedupeKey })
    .from(outcomes)
    .where(and(eq(outcomes.orgId, orgId), isNotNull(outcomes.dedupeKey)));
  const offerRows = await db
    .select({ key: offers.dedupeKey })
    .from(offers)
    .where(and(eq(offers.orgId, orgId), isNotNull(offers.dedupeKey)));
  const known: KnownRecords = {
    interviewers: new Map(),
    usersByEmail: new Map(),
    candidates: new Map(),
    questions: new Map(),
    interviews: new Map(),
    outcomeKeys: new Set(outcomeRows.map((r) => r.key as string)),
    offerKeys: new Set(offerRows.map((r) => r.key as string)),
  };
  for (const u of userRows) {
    if (u.externalId !== null)
      known.interviewers.set(u.externalId, { id: u.id, name: u.name, email: u.email, account: Boolean(u.account) });
    if (u.email !== null) known.usersByEmail.set(u.email.toLowerCase(), { id: u.id, externalId: u.externalId });
  }
  for (const c of candidateRows)
    known.candidates.set(c.externalId as string, { id: c.id, name: c.name, email: c.email });
  for (const q of questionRows) {
    known.questions.set(q.externalId as string, {
      id: q.id,
      title: q.title,
      kind: q.kind,
      durationMinutes: q.durationMinutes,
      version: q.version,
      layers: (q.layers ?? []).map((l) => l.title),
    });
  }
  for (const i of interviewRows) known.interviews.set(i.externalId as string, { id: i.id, sourceHash: i.sourceHash });
  return known;
}
