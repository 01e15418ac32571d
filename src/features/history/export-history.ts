// Writes an organisation's history out in the debrief-history v1 format, one JSON line at a time, so an
// export of any size streams in flat memory. Ids are the source system's ids where the record came from
// an import, and Debrief's own ids otherwise; importing the export reproduces every record.
import { and, asc, eq, gt, inArray, isNull } from "drizzle-orm";
import type { Db } from "../../data/database.js";
import {
  assessments,
  candidateRatings,
  candidates,
  interviewEvents,
  interviews,
  offers,
  outcomes,
  questions,
  questionVersions,
  selfAssessments,
  users,
} from "../../data/schema.js";

const PAGE = 2_000;
const iso = (d: Date) => d.toISOString().replace(".000Z", "Z");

export async function* exportHistory(db: Db, orgId: string): AsyncGenerator<string> {
  yield line({ type: "meta", format: "debrief-history", version: 1, source: "Debrief" });

  const interviewerIds = new Map<string, string>();
  const people = await db
    .select()
    .from(users)
    .where(eq(users.orgId, orgId))
    .orderBy(asc(users.createdAt), asc(users.id));
  const interviewing = new Set(
    (await db.selectDistinct({ id: interviews.interviewerId }).from(interviews).where(eq(interviews.orgId, orgId))).map(
      (r) => r.id,
    ),
  );
  for (const person of people) {
    // People who never interviewed and came from no import are accounts, not history.
    if (person.externalId === null && !interviewing.has(person.id)) continue;
    const id = person.externalId ?? person.id;
    interviewerIds.set(person.id, id);
    yield line({ type: "interviewer", id, name: person.name, ...(person.email ? { email: person.email } : {}) });
  }

  const candidateIds = new Map<string, string>();
  for await (const page of pages(db, orgId, candidates)) {
    for (const c of page) {
      const id = c.externalId ?? c.id;
      candidateIds.set(c.id, id);
      yield line({ type: "candidate", id, name: c.name, ...(c.email ? { email: c.email } : {}) });
    }
  }

  const questionIds = new Map<string, string>();
  const questionRows = await db
    .select({ question: questions, layers: questionVersions.layers })
    .from(questions)
    .leftJoin(
      questionVersions,
      and(
        eq(questionVersions.orgId, questions.orgId),
        eq(questionVersions.questionId, questions.id),
        eq(questionVersions.version, questions.currentVersion),
      ),
    )
    .where(eq(questions.orgId, orgId))
    .orderBy(asc(questions.createdAt), asc(questions.id));
  for (const { question: q, layers } of questionRows) {
    const id = q.externalId ?? q.id;
    questionIds.set(q.id, id);
    yield line({
      type: "question",
      id,
      title: q.title,
      kind: q.kind,
      durationMinutes: q.durationMinutes,
      layers: (layers ?? []).map((l) => l.title),
    });
  }

  for await (const page of pages(db, orgId, interviews)) {
    const ids = page.map((i) => i.id);
    const [events, assessed, selves, ratings] = await Promise.all([
      db
        .select()
        .from(interviewEvents)
        .where(
          and(
            eq(interviewEvents.orgId, orgId),
            inArray(interviewEvents.interviewId, ids),
            isNull(interviewEvents.deletedAt),
          ),
        )
        .orderBy(
          asc(interviewEvents.interviewId),
          asc(interviewEvents.at),
          asc(interviewEvents.seq),
          asc(interviewEvents.createdAt),
        ),
      db
        .select()
        .from(assessments)
        .where(and(eq(assessments.orgId, orgId), inArray(assessments.interviewId, ids))),
      db
        .select()
        .from(selfAssessments)
        .where(and(eq(selfAssessments.orgId, orgId), inArray(selfAssessments.interviewId, ids))),
      db
        .select()
        .from(candidateRatings)
        .where(and(eq(candidateRatings.orgId, orgId), inArray(candidateRatings.interviewId, ids))),
    ]);
    const eventsOf = groupBy(events, (e) => e.interviewId);
    const assessmentOf = new Map(assessed.map((a) => [a.interviewId, a]));
    const selfOf = new Map(selves.map((s) => [s.interviewId, s]));
    const ratingOf = new Map(ratings.map((r) => [r.interviewId, r]));
    for (const i of page) {
      // An interview scheduled but never started has no place in the history yet.
      if (!i.startedAt) continue;
      const a = assessmentOf.get(i.id);
      const s = selfOf.get(i.id);
      const r = ratingOf.get(i.id);
      yield line({
        type: "interview",
        id: i.externalId ?? i.id,
        candidateId: candidateIds.get(i.candidateId),
        interviewerId: interviewerIds.get(i.interviewerId),
        ...(i.questionId ? { questionId: questionIds.get(i.questionId) } : {}),
        startedAt: iso(i.startedAt),
        ...(i.durationMinutes !== null ? { durationMinutes: i.durationMinutes } : {}),
        events: (eventsOf.get(i.id) ?? []).map((e) => ({
          at: e.at,
          kind: e.kind,
          ...(e.text !== null ? { text: e.text } : {}),
          ...(e.topic !== null ? { topic: e.topic } : {}),
          ...(e.layer !== null ? { layer: e.layer } : {}),
        })),
        ...(a ? { assessment: { scores: a.scores, overall: a.overall, advance: a.advance } } : {}),
        ...(s
          ? {
              selfAssessment: {
                scores: s.scores,
                ...(s.overall !== null ? { overall: s.overall } : {}),
                ...(s.thinksPassed !== null ? { thinksPassed: s.thinksPassed } : {}),
              },
            }
          : {}),
        ...(r ? { candidateRating: { wouldReturn: r.wouldReturn } } : {}),
        feedbackSharedAt: i.feedbackSharedAt ? iso(i.feedbackSharedAt) : null,
      });
    }
  }

  for await (const page of pages(db, orgId, outcomes)) {
    for (const o of page) {
      yield line({
        type: "outcome",
        candidateId: candidateIds.get(o.candidateId),
        at: iso(o.at),
        passed: o.passed,
        ...(o.company !== null ? { company: o.company } : {}),
        ...(o.stage !== null ? { stage: o.stage } : {}),
      });
    }
  }
  for await (const page of pages(db, orgId, offers)) {
    for (const o of page) {
      yield line({
        type: "offer",
        candidateId: candidateIds.get(o.candidateId),
        at: iso(o.at),
        accepted: o.accepted,
        feedbackGiven: o.feedbackGiven,
      });
    }
  }
}

const line = (record: unknown) => `${JSON.stringify(record)}\n`;

type Paged = typeof candidates | typeof interviews | typeof outcomes | typeof offers;

/** Keyset pages by id, so each page is an index range scan however far into the table it is. */
async function* pages<T extends Paged>(db: Db, orgId: string, table: T): AsyncGenerator<T["$inferSelect"][]> {
  let after: string | undefined;
  for (;;) {
    const rows = (await db
      .select()
      .from(table as Paged)
      .where(and(eq(table.orgId, orgId), after ? gt(table.id, after) : undefined))
      .orderBy(asc(table.id))
      .limit(PAGE)) as T["$inferSelect"][];
    if (rows.length === 0) return;
    yield rows;
    after = rows[rows.length - 1]?.id;
    if (rows.length < PAGE) return;
  }
}

function groupBy<T, K>(items: T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
