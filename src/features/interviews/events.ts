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

/** Refuses an event that cannot be stored whatever the database holds. */
export function checkNewEvent(input: NewEvent): void {
  if (layerEventKinds.includes(input.kind) && input.layer === undefined) {
    throw invalid(`expected the layer a ${input.kind} event is about`, "layer");
  }
}

export async function recordEvent(
  db: Db,
  orgId: string,
  interviewId: string,
  input: NewEvent,
): Promise<{ event: EventRow; created: boolean }> {
  checkNewEvent(input);
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
        await addToEventSummaries(tx as unknown as Db, rows);
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
 * Folds newly stored events into their interviews' summaries, one statement an interview. Most events
 * (notes, questions, mistakes, praise) do not touch it, so they cost nothing here; a completed layer is
 * rare enough to recount.
 */
export async function addToEventSummaries(db: Db, events: EventRow[]) {
  const changes = new Map<
    string,
    { orgId: string; interviewId: string; hints: number; coding?: number; layer: boolean }
  >();
  for (const event of events) {
    if (!SUMMARY_KINDS.has(event.kind)) continue;
    const key = `${event.orgId}:${event.interviewId}`;
    let change = changes.get(key);
    if (!change) {
      change = { orgId: event.orgId, interviewId: event.interviewId, hints: 0, layer: false };
      changes.set(key, change);
    }
    if (event.kind === "hint") change.hints++;
    else if (event.kind === "coding_started") change.coding = Math.min(change.coding ?? event.at, event.at);
    else change.layer = true;
  }
  for (const { orgId, interviewId, hints, coding, layer } of changes.values()) {
    if (layer) {
      await refreshEventSummary(db, orgId, interviewId);
      continue;
    }
    await db
      .update(interviews)
      .set({
        ...(hints > 0 ? { hintCount: sql`${interviews.hintCount} + ${hints}` } : {}),
        ...(coding !== undefined
          ? { codingStartedSec: sql`least(coalesce(${interviews.codingStartedSec}, ${coding}), ${coding})` }
          : {}),
      })
      .where(and(eq(interviews.orgId, orgId), eq(interviews.id, interviewId)));
  }
}

/** Keeps the interview's event summary (what analytics reads) in step with its events. */
export async function refreshEventSummary(db: Db, orgId: string, interviewId: string) {
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
