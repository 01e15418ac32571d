// Writes a validated history file into an organisation, inside the caller's transaction: new records are
// loaded with COPY, records the organisation already has (matched by type and source id) are updated in
// place when they changed and left alone when they did not, so importing a file twice changes nothing.
import { createHash, randomUUID } from "node:crypto";
import { and, eq, inArray } from "drizzle-orm";
import { bulkCopy, type CopyValue } from "../../data/bulk-copy.js";
import type { Db } from "../../data/database.js";
import {
  assessments,
  candidateRatings,
  candidates,
  interviewEvents,
  interviews,
  questions,
  questionVersions,
  selfAssessments,
  users,
} from "../../data/schema.js";
import { Problem } from "../../domain/errors.js";
import { type HistoryCollector, PROBLEM_LIMIT } from "../../domain/history/collect.js";
import type { InterviewRecord, OfferRecord, OutcomeRecord } from "../../domain/history/records.js";
import { summarizeEvents } from "../../domain/history/summarize-events.js";
import { type KnownRecords, loadKnownRecords } from "./known-records.js";

export interface WriteProgress {
  phase: "writing";
  step: string;
  done: number;
  total: number;
}

export interface Counts {
  created: number;
  updated: number;
  unchanged: number;
}

export interface ImportSummary {
  lines: number;
  interviewers: Counts;
  candidates: Counts;
  questions: Counts;
  interviews: Counts;
  events: number;
  outcomes: Counts;
  offers: Counts;
}

export interface WriteOptions {
  onProgress?: (progress: WriteProgress) => void;
  signal?: AbortSignal;
}

/** Reports progress, and is where a cancelled import stops (it throws the signal's reason). */
type Progress = (step: string, done: number, total: number) => Promise<void>;

const counts = (): Counts => ({ created: 0, updated: 0, unchanged: 0 });
/**
 * A digest of a record's content. Object keys are sorted, so the same content hashes the same whatever order
 * its fields came in (an export writes score dimensions in the database's order, not the source's).
 */
const digest = (value: unknown) =>
  createHash("sha256")
    .update(
      JSON.stringify(value, (_key, v) =>
        v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(byKey)) : v,
      ),
    )
    .digest("base64url")
    .slice(0, 32);
const byKey = ([a]: [string, unknown], [b]: [string, unknown]) => (a < b ? -1 : a > b ? 1 : 0);

/** Turns a file with problems into the error an import reports: every problem with its line, up to a limit. */
export function invalidHistory(collector: HistoryCollector): Problem {
  const shown = collector.problems.length;
  const more = collector.problemCount - shown;
  return new Problem(
    "invalid",
    `The file has ${collector.problemCount} problem${collector.problemCount === 1 ? "" : "s"}; nothing was imported.` +
      (more > 0 ? ` The first ${shown} are listed.` : ""),
    undefined,
    { problems: collector.problems, problemCount: collector.problemCount, problemLimit: PROBLEM_LIMIT },
  );
}

export async function writeHistory(
  tx: Db,
  orgId: string,
  file: HistoryCollector,
  options: WriteOptions = {},
): Promise<ImportSummary> {
  if (!file.valid) throw invalidHistory(file);
  const known = await loadKnownRecords(tx, orgId);
  file.checkReferences({
    interviewers: new Set(known.interviewers.keys()),
    candidates: new Set(known.candidates.keys()),
    questions: new Set(known.questions.keys()),
  });
  checkInterviewerEmails(file, known);
  if (!file.valid) throw invalidHistory(file);

  const progress: Progress = async (step, done, total) => {
    // PGlite works without ever giving the event loop a turn: without one here, a Ctrl-C or a closed
    // connection would only be noticed once the whole import had been committed.
    await new Promise<void>((resolve) => setImmediate(resolve));
    options.signal?.throwIfAborted();
    options.onProgress?.({ phase: "writing", step, done, total });
  };
  const summary: ImportSummary = {
    lines: file.lines,
    interviewers: await writeInterviewers(tx, orgId, file, known),
    candidates: await writeCandidates(tx, orgId, file, known),
    questions: await writeQuestions(tx, orgId, file, known),
    interviews: counts(),
    events: 0,
    outcomes: counts(),
    offers: counts(),
  };
  const people = file.interviewers.size + file.candidates.size + file.questions.size;
  await progress("people and questions", people, people);
  await writeInterviews(tx, orgId, file, known, summary, progress);
  summary.outcomes = await writeOutcomes(
    tx,
    orgId,
    file.outcomes.map((o) => o.record),
    known,
    "outcomes",
  );
  summary.offers = await writeOutcomes(
    tx,
    orgId,
    file.offers.map((o) => o.record),
    known,
    "offers",
  );
  await progress(
    "outcomes and offers",
    file.outcomes.length + file.offers.length,
    file.outcomes.length + file.offers.length,
  );
  return summary;
}

/** An interviewer's email may already belong to a person of the organisation: that person is linked, once. */
function checkInterviewerEmails(file: HistoryCollector, known: KnownRecords) {
  const claimed = new Map<string, number>();
  for (const { record, line } of file.interviewers.values()) {
    if (!record.email) continue;
    const email = record.email.toLowerCase();
    const earlier = claimed.get(email);
    if (earlier !== undefined) {
      file.report({
        line,
        field: "interviewer.email",
        message: `expected an email no other interviewer has, got ${JSON.stringify(record.email)} which line ${earlier} already uses`,
      });
      continue;
    }
    claimed.set(email, line);
    const owner = known.usersByEmail.get(email);
    const self = known.interviewers.get(record.id);
    if (!owner || owner.id === self?.id) continue;
    if (owner.externalId !== null && owner.externalId !== record.id) {
      file.report({
        line,
        field: "interviewer.email",
        message: `expected an email no other person has, got ${JSON.stringify(record.email)} which belongs to the person imported as ${JSON.stringify(owner.externalId)}`,
      });
    } else if (self && !self.account) {
      // An interviewer imported before cannot take the email of someone else in the organisation.
      file.report({
        line,
        field: "interviewer.email",
        message: `expected an email no other person has, got ${JSON.stringify(record.email)} which belongs to another person of the organisation`,
      });
    }
  }
}

async function writeInterviewers(tx: Db, orgId: string, file: HistoryCollector, known: KnownRecords): Promise<Counts> {
  const result = counts();
  const rows: CopyValue[][] = [];
  for (const { record } of file.interviewers.values()) {
    const email = record.email ?? null;
    const existing = known.interviewers.get(record.id);
    if (existing) {
      // A person with an account keeps their own name and email: the import links history to them, nothing more.
      if (existing.account || (existing.name === record.name && existing.email === email)) result.unchanged++;
      else {
        await tx
          .update(users)
          .set({ name: record.name, email })
          .where(and(eq(users.orgId, orgId), eq(users.id, existing.id)));
        result.updated++;
      }
      continue;
    }
    const owner = email ? known.usersByEmail.get(email.toLowerCase()) : undefined;
    if (owner) {
      // Someone already in the organisation: their history is linked to them, their account left as it is.
      await tx
        .update(users)
        .set({ externalId: record.id })
        .where(and(eq(users.orgId, orgId), eq(users.id, owner.id)));
      known.interviewers.set(record.id, { id: owner.id, name: record.name, email, account: true });
      result.updated++;
      continue;
    }
    const id = randomUUID();
    known.interviewers.set(record.id, { id, name: record.name, email, account: false });
    rows.push([orgId, id, record.name, email, "interviewer", record.id]);
    result.created++;
  }
  await bulkCopy(tx, "users", ["org_id", "id", "name", "email", "role", "external_id"], rows);
  return result;
}

async function writeCandidates(tx: Db, orgId: string, file: HistoryCollector, known: KnownRecords): Promise<Counts> {
  const result = counts();
  const rows: CopyValue[][] = [];
  for (const { record } of file.candidates.values()) {
    const email = record.email ?? null;
    const existing = known.candidates.get(record.id);
    if (existing) {
      if (existing.name === record.name && existing.email === email) result.unchanged++;
      else {
        await tx
          .update(candidates)
          .set({ name: record.name, email })
          .where(and(eq(candidates.orgId, orgId), eq(candidates.id, existing.id)));
        result.updated++;
      }
      continue;
    }
    const id = randomUUID();
    known.candidates.set(record.id, { id, name: record.name, email });
    rows.push([orgId, id, record.id, record.name, email]);
    result.created++;
  }
  await bulkCopy(tx, "candidates", ["org_id", "id", "external_id", "name", "email"], rows);
  return result;
}

async function writeQuestions(tx: Db, orgId: string, file: HistoryCollector, known: KnownRecords): Promise<Counts> {
  const result = counts();
  for (const { record } of file.questions.values()) {
    const layers = record.layers.map((title) => ({ title }));
    const existing = known.questions.get(record.id);
    if (!existing) {
      const id = randomUUID();
      await tx.insert(questions).values({
        orgId,
        id,
        externalId: record.id,
        title: record.title,
        kind: record.kind,
        durationMinutes: record.durationMinutes,
      });
      await tx.insert(questionVersions).values({ orgId, questionId: id, version: 1, layers });
      known.questions.set(record.id, { ...record, id, version: 1 });
      result.created++;
      continue;
    }
    const sameLayers = JSON.stringify(existing.layers) === JSON.stringify(record.layers);
    const same =
      sameLayers &&
      existing.title === record.title &&
      existing.kind === record.kind &&
      existing.durationMinutes === record.durationMinutes;
    if (same) {
      result.unchanged++;
      continue;
    }
    // Changed layers become a new version: interviews already run keep the layers they were run with.
    const version = sameLayers ? existing.version : existing.version + 1;
    if (!sameLayers) await tx.insert(questionVersions).values({ orgId, questionId: existing.id, version, layers });
    await tx
      .update(questions)
      .set({ title: record.title, kind: record.kind, durationMinutes: record.durationMinutes, currentVersion: version })
      .where(and(eq(questions.orgId, orgId), eq(questions.id, existing.id)));
    known.questions.set(record.id, { ...existing, ...record, version });
    result.updated++;
  }
  return result;
}

const INTERVIEW_COLUMNS = [
  "org_id",
  "id",
  "external_id",
  "candidate_id",
  "interviewer_id",
  "question_id",
  "question_version",
  "started_at",
  "duration_minutes",
  "feedback_shared_at",
  "source_hash",
  "hint_count",
  "coding_started_sec",
  "layer_completed_sec",
];
const EVENT_COLUMNS = ["org_id", "id", "interview_id", "seq", "at", "kind", "text", "topic", "layer"];

async function writeInterviews(
  tx: Db,
  orgId: string,
  file: HistoryCollector,
  known: KnownRecords,
  summary: ImportSummary,
  progress: Progress,
) {
  const result = summary.interviews;
  const fresh: { id: string; record: InterviewRecord; hash: string }[] = [];
  const changed: { id: string; record: InterviewRecord; hash: string }[] = [];
  for (const { record } of file.interviews.values()) {
    // No feedbackSharedAt and a null one say the same (an export writes null).
    const hash = digest({ ...record, feedbackSharedAt: record.feedbackSharedAt ?? null });
    const existing = known.interviews.get(record.id);
    if (!existing) fresh.push({ id: randomUUID(), record, hash });
    else if (existing.sourceHash === hash) result.unchanged++;
    else changed.push({ id: existing.id, record, hash });
  }
  // A changed interview is rewritten whole: its children are replaced, its row updated in place.
  for (let i = 0; i < changed.length; i += 1000) {
    const ids = changed.slice(i, i + 1000).map((c) => c.id);
    for (const table of [assessments, selfAssessments, candidateRatings, interviewEvents]) {
      await tx.delete(table).where(and(eq(table.orgId, orgId), inArray(table.interviewId, ids)));
    }
  }
  for (const { id, record, hash } of changed) {
    const row = interviewRow(orgId, id, record, hash, known);
    await tx
      .update(interviews)
      .set({
        candidateId: row[3] as string,
        interviewerId: row[4] as string,
        questionId: row[5] as string | null,
        questionVersion: row[6] as number | null,
        startedAt: row[7] as Date,
        durationMinutes: row[8] as number | null,
        feedbackSharedAt: row[9] as Date | null,
        sourceHash: hash,
        hintCount: row[11] as number,
        codingStartedSec: row[12] as number | null,
        layerCompletedSec: row[13] as (number | null)[],
      })
      .where(and(eq(interviews.orgId, orgId), eq(interviews.id, id)));
    result.updated++;
  }
  result.created = fresh.length;

  const all = [...fresh, ...changed];
  await bulkCopy(
    tx,
    "interviews",
    INTERVIEW_COLUMNS,
    fresh.map(({ id, record, hash }) => interviewRow(orgId, id, record, hash, known)),
  );
  await progress("interviews", fresh.length, fresh.length);
  const assessmentRows: CopyValue[][] = [];
  const selfRows: CopyValue[][] = [];
  const ratingRows: CopyValue[][] = [];
  for (const { id, record } of all) {
    if (record.assessment)
      assessmentRows.push([orgId, id, record.assessment.scores, record.assessment.overall, record.assessment.advance]);
    if (record.selfAssessment) {
      const s = record.selfAssessment;
      selfRows.push([orgId, id, s.scores, s.overall ?? null, s.thinksPassed ?? null]);
    }
    if (record.candidateRating) ratingRows.push([orgId, id, record.candidateRating.wouldReturn]);
  }
  await bulkCopy(tx, "assessments", ["org_id", "interview_id", "scores", "overall", "advance"], assessmentRows);
  await bulkCopy(tx, "self_assessments", ["org_id", "interview_id", "scores", "overall", "thinks_passed"], selfRows);
  await bulkCopy(tx, "candidate_ratings", ["org_id", "interview_id", "would_return"], ratingRows);

  const eventTotal = all.reduce((n, a) => n + a.record.events.length, 0);
  let written = 0;
  // Events go in slices, so memory stays flat however large the file is.
  let slice: CopyValue[][] = [];
  for (const { id, record } of all) {
    record.events.forEach((e, seq) => {
      slice.push([orgId, randomUUID(), id, seq, e.at, e.kind, e.text ?? null, e.topic ?? null, e.layer ?? null]);
    });
    if (slice.length >= 100_000) {
      await bulkCopy(tx, "interview_events", EVENT_COLUMNS, slice);
      written += slice.length;
      slice = [];
      await progress("events", written, eventTotal);
    }
  }
  await bulkCopy(tx, "interview_events", EVENT_COLUMNS, slice);
  written += slice.length;
  await progress("events", written, eventTotal);
  summary.events = written;
}

function interviewRow(
  orgId: string,
  id: string,
  record: InterviewRecord,
  hash: string,
  known: KnownRecords,
): CopyValue[] {
  const question = record.questionId === undefined ? undefined : known.questions.get(record.questionId);
  const events = summarizeEvents(record.events);
  return [
    orgId,
    id,
    record.id,
    known.candidates.get(record.candidateId)?.id as string,
    known.interviewers.get(record.interviewerId)?.id as string,
    question?.id ?? null,
    question?.version ?? null,
    new Date(record.startedAt),
    record.durationMinutes ?? null,
    record.feedbackSharedAt == null ? null : new Date(record.feedbackSharedAt),
    hash,
    events.hintCount,
    events.codingStartedSec,
    events.layerCompletedSec,
  ];
}

/** Outcomes and offers have no id in the format: the record itself, by its candidate's source id, is the key. */
async function writeOutcomes(
  tx: Db,
  orgId: string,
  records: (OutcomeRecord | OfferRecord)[],
  known: KnownRecords,
  table: "outcomes" | "offers",
): Promise<Counts> {
  const result = counts();
  const keys = table === "outcomes" ? known.outcomeKeys : known.offerKeys;
  const rows: CopyValue[][] = [];
  for (const record of records) {
    const key = digest(record);
    if (keys.has(key)) {
      result.unchanged++;
      continue;
    }
    keys.add(key);
    const candidateId = known.candidates.get(record.candidateId)?.id as string;
    rows.push(
      record.type === "outcome"
        ? [
            orgId,
            randomUUID(),
            candidateId,
            new Date(record.at),
            record.passed,
            record.company ?? null,
            record.stage ?? null,
            key,
          ]
        : [orgId, randomUUID(), candidateId, new Date(record.at), record.accepted, record.feedbackGiven, key],
    );
    result.created++;
  }
  const columns =
    table === "outcomes"
      ? ["org_id", "id", "candidate_id", "at", "passed", "company", "stage", "dedupe_key"]
      : ["org_id", "id", "candidate_id", "at", "accepted", "feedback_given", "dedupe_key"];
  await bulkCopy(tx, table, columns, rows);
  return result;
}
