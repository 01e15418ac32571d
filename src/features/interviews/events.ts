// The interviewer's time-stamped notes. A note acknowledged to the interviewer is never lost: the client
// makes each event's id, and writing the same id again is harmless (the same body answers with the stored
// event; a different body is a conflict, never a silent overwrite).
import { randomUUID } from "node:crypto";
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import type { Db } from "../../data/database.js";
import {
  codeSnapshots,
  type EventKind,
  interviewEventChanges,
  interviewEvents,
  interviews,
} from "../../data/schema.js";
import { conflict, invalid, notFound } from "../../domain/errors.js";
import { layerEventKinds } from "../../domain/history/kinds.js";
import { summarizeEvents } from "../../domain/history/summarize-events.js";
import { sameEvent } from "../../domain/interviews/same-event.js";

export interface NewEvent {
  clientId: string;
  at: number;
  kind: EventKind;
  text?: string;
  topic?: string;
  layer?: number;
  seq?: number;
}

export type EventRow = typeof interviewEvents.$inferSelect;

const SUMMARY_KINDS = new Set<EventKind>(["hint", "coding_started", "layer_completed"]);

export async function recordEvent(
  db: Db,
  orgId: string,
  interviewId: string,
  input: NewEvent,
): Promise<{ event: EventRow; created: boolean }> {
  if (layerEventKinds.includes(input.kind) && input.layer === undefined) {
    throw invalid(`expected the layer a ${input.kind} event is about`, "layer");
  }
  const body = {
    interviewId,
    at: input.at,
    kind: input.kind,
    text: input.text ?? null,
    topic: input.topic ?? null,
    layer: input.layer ?? null,
  };
  const insert = (tx: Db) =>
    tx
      .insert(interviewEvents)
      .values({ orgId, id: input.clientId, seq: input.seq ?? 0, ...body })
      .onConflictDoNothing({ target: [interviewEvents.orgId, interviewEvents.id] })
      .returning();
  // Most events are one statement, atomic on its own; those that change the interview's summary write
  // both in one transaction.
  const [inserted] = SUMMARY_KINDS.has(input.kind)
    ? await db.transaction(async (tx) => {
        const rows = await insert(tx as unknown as Db);
        if (rows[0]) await addToEventSummary(tx as unknown as Db, orgId, interviewId, rows[0]);
        return rows;
      })
    : await insert(db);
  if (inserted) return { event: inserted, created: true };
  const [stored] = await db
    .select()
    .from(interviewEvents)
    .where(and(eq(interviewEvents.orgId, orgId), eq(interviewEvents.id, input.clientId)));
  if (stored && sameEvent(stored, body)) return { event: stored, created: false };
  throw conflict("An event with this clientId was already recorded with a different body.", "clientId");
}

export function listEvents(db: Db, orgId: string, interviewId: string, includeDeleted: boolean) {
  return db
    .select()
    .from(interviewEvents)
    .where(
      and(
        eq(interviewEvents.orgId, orgId),
        eq(interviewEvents.interviewId, interviewId),
        includeDeleted ? undefined : isNull(interviewEvents.deletedAt),
      ),
    )
    .orderBy(asc(interviewEvents.at), asc(interviewEvents.seq), asc(interviewEvents.createdAt));
}

export interface EventChange {
  at?: number;
  text?: string | null;
  topic?: string | null;
  layer?: number | null;
  deleted?: boolean;
}

/** Corrects, re-stamps, deletes or restores an event; what it was before is kept in its history. */
export async function changeEvent(
  db: Db,
  orgId: string,
  interviewId: string,
  eventId: string,
  changedBy: string,
  change: EventChange,
) {
  const [event] = await db
    .select()
    .from(interviewEvents)
    .where(
      and(
        eq(interviewEvents.orgId, orgId),
        eq(interviewEvents.interviewId, interviewId),
        eq(interviewEvents.id, eventId),
      ),
    );
  if (!event) throw notFound("The event");
  const layer = change.layer === undefined ? event.layer : change.layer;
  if (layerEventKinds.includes(event.kind) && layer === null)
    throw invalid(`expected the layer a ${event.kind} event is about`, "layer");
  const deletedAt =
    change.deleted === undefined ? event.deletedAt : change.deleted ? (event.deletedAt ?? new Date()) : null;
  const kindOfChange =
    change.deleted === true && !event.deletedAt
      ? "deleted"
      : change.deleted === false && event.deletedAt
        ? "restored"
        : "edited";
  await db.insert(interviewEventChanges).values({
    orgId,
    id: randomUUID(),
    eventId,
    interviewId,
    changedBy,
    change: kindOfChange,
    before: {
      at: event.at,
      text: event.text,
      topic: event.topic,
      layer: event.layer,
      deletedAt: event.deletedAt?.toISOString() ?? null,
    },
  });
  const [updated] = await db
    .update(interviewEvents)
    .set({
      at: change.at ?? event.at,
      text: change.text === undefined ? event.text : change.text,
      topic: change.topic === undefined ? event.topic : change.topic,
      layer,
      deletedAt,
      updatedAt: new Date(),
    })
    .where(and(eq(interviewEvents.orgId, orgId), eq(interviewEvents.id, eventId)))
    .returning();
  await refreshEventSummary(db, orgId, interviewId);
  return updated as EventRow;
}

/**
 * Folds one new event into the interview's summary. Most events (notes, questions, mistakes, praise) do
 * not touch it, so a live note costs one statement; a completed layer is rare enough to recount.
 */
async function addToEventSummary(db: Db, orgId: string, interviewId: string, event: EventRow) {
  const where = and(eq(interviews.orgId, orgId), eq(interviews.id, interviewId));
  if (event.kind === "hint") {
    await db
      .update(interviews)
      .set({ hintCount: sql`${interviews.hintCount} + 1` })
      .where(where);
  } else if (event.kind === "coding_started") {
    await db
      .update(interviews)
      .set({ codingStartedSec: sql`least(coalesce(${interviews.codingStartedSec}, ${event.at}), ${event.at})` })
      .where(where);
  } else if (event.kind === "layer_completed") {
    await refreshEventSummary(db, orgId, interviewId);
  }
}

/** Keeps the interview's event summary (what analytics reads) in step with its events. */
async function refreshEventSummary(db: Db, orgId: string, interviewId: string) {
  const events = await db
    .select({ at: interviewEvents.at, kind: interviewEvents.kind, layer: interviewEvents.layer })
    .from(interviewEvents)
    .where(
      and(
        eq(interviewEvents.orgId, orgId),
        eq(interviewEvents.interviewId, interviewId),
        isNull(interviewEvents.deletedAt),
      ),
    );
  const summary = summarizeEvents(events);
  await db
    .update(interviews)
    .set({
      hintCount: summary.hintCount,
      codingStartedSec: summary.codingStartedSec,
      layerCompletedSec: summary.layerCompletedSec,
    })
    .where(and(eq(interviews.orgId, orgId), eq(interviews.id, interviewId)));
}

export interface NewSnapshot {
  clientId: string;
  at: number;
  language: string;
  code: string;
}

export async function recordSnapshot(db: Db, orgId: string, interviewId: string, input: NewSnapshot) {
  const body = { interviewId, at: input.at, language: input.language, code: input.code };
  const [inserted] = await db
    .insert(codeSnapshots)
    .values({ orgId, id: input.clientId, ...body })
    .onConflictDoNothing({ target: [codeSnapshots.orgId, codeSnapshots.id] })
    .returning();
  if (inserted) return { snapshot: inserted, created: true };
  const [stored] = await db
    .select()
    .from(codeSnapshots)
    .where(and(eq(codeSnapshots.orgId, orgId), eq(codeSnapshots.id, input.clientId)));
  if (
    stored &&
    stored.interviewId === interviewId &&
    stored.at === input.at &&
    stored.language === input.language &&
    stored.code === input.code
  ) {
    return { snapshot: stored, created: false };
  }
  throw conflict("A code snapshot with this clientId was already recorded with a different body.", "clientId");
}

export function listSnapshots(db: Db, orgId: string, interviewId: string) {
  return db
    .select()
    .from(codeSnapshots)
    .where(and(eq(codeSnapshots.orgId, orgId), eq(codeSnapshots.interviewId, interviewId)))
    .orderBy(asc(codeSnapshots.at), asc(codeSnapshots.createdAt));
}
