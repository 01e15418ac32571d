// Group commit for live notes. Many interviewers press keys at once; giving each note its own statement
// and its own commit makes the database plan, lock and commit once per note. Instead, the notes that
// arrive while one batch is being written wait for that write to finish and then go together: one
// multi-row INSERT and the summaries it changes, in one transaction. A note is acknowledged only once its
// batch has committed, so "saved" still means saved. Under light load a batch is a single note and costs
// what it did before; under heavy load batches grow by themselves, with no timer to tune.
//
// One bad note must not take its neighbours down: if a batch fails, each of its notes is written again on
// its own (recordEvent), so each request gets its own answer, success or the error that is really its own.

import { sql } from "drizzle-orm";
import type { Database, Db } from "../../data/database.js";
import { checkNewEvent, type EventRow, type NewEvent, recordEvent, refreshEventSummary } from "./events.js";

export interface RecordedEvent {
  event: EventRow;
  created: boolean;
}

interface Pending {
  orgId: string;
  interviewId: string;
  input: NewEvent;
  resolve: (result: RecordedEvent) => void;
  reject: (error: unknown) => void;
}

// 8 bound parameters a row: far below PostgreSQL's 65,535, and a batch this size commits in milliseconds.
const MAX_BATCH = 500;

class EventWriter {
  private queue: Pending[] = [];
  // One batch on its way at a time: the next one gathers while it is written. Letting two or four overlap
  // on a server's pool was tried and did not help: the batches got smaller and each costs a statement.
  private writing = false;

  constructor(private readonly db: Db) {}

  record(orgId: string, interviewId: string, input: NewEvent): Promise<RecordedEvent> {
    checkNewEvent(input);
    return new Promise((resolve, reject) => {
      this.queue.push({ orgId, interviewId, input, resolve, reject });
      if (!this.writing) {
        this.writing = true;
        // Let the requests already read from their sockets in this turn of the event loop join the batch.
        setImmediate(() => void this.drain());
      }
    });
  }

  private async drain() {
    while (this.queue.length > 0) {
      const batch = this.queue.splice(0, MAX_BATCH);
      await this.write(batch);
    }
    this.writing = false;
  }

  private async write(batch: Pending[]) {
    let created: Map<string, Date>;
    try {
      created = await insertBatch(this.db, batch);
    } catch {
      await Promise.all(batch.map((pending) => this.writeAlone(pending)));
      return;
    }
    const rest: Pending[] = [];
    for (const pending of batch) {
      const key = `${pending.orgId}:${pending.input.clientId}`;
      const createdAt = created.get(key);
      if (createdAt) {
        // The same id twice in one batch: the first is the new event, the second a retry of it.
        created.delete(key);
        pending.resolve({ event: storedRow(pending, createdAt), created: true });
      } else rest.push(pending);
    }
    // Retries of notes stored earlier: compare with the stored event (the same body, or a conflict).
    await Promise.all(rest.map((pending) => this.writeAlone(pending)));
  }

  private writeAlone({ orgId, interviewId, input, resolve, reject }: Pending) {
    return recordEvent(this.db, orgId, interviewId, input).then(resolve, reject);
  }
}

// The whole batch travels as one JSON parameter, so the statement's text is the same for every batch size.
// Hints and coding starts update their interviews' summaries in the same statement, which makes the
// batch atomic without a transaction of its own. A completed layer needs its interview recounted, so a
// batch with one is written in a transaction with the recount (they are a few per interview).
const insertStatement = (rows: string) => sql`
with input as (
  select * from json_to_recordset(${rows}::json)
    as e(org_id uuid, id uuid, interview_id uuid, seq integer, at integer, kind text, text text, topic text, layer smallint)
), stored as (
  insert into interview_events (org_id, id, interview_id, seq, at, kind, text, topic, layer)
  select org_id, id, interview_id, seq, at, kind, text, topic, layer from input
  on conflict (org_id, id) do nothing
  returning org_id, id, interview_id, kind, at, created_at
), summary as (
  update interviews i set
    hint_count = i.hint_count + s.hints,
    coding_started_sec = case when s.coding is null then i.coding_started_sec
      else least(coalesce(i.coding_started_sec, s.coding), s.coding) end
  from (
    select org_id, interview_id, count(*) filter (where kind = 'hint')::integer as hints,
      min(at) filter (where kind = 'coding_started') as coding
    from stored where kind in ('hint', 'coding_started') group by org_id, interview_id
  ) s
  where i.org_id = s.org_id and i.id = s.interview_id
)
select org_id, id, interview_id, kind, created_at from stored`;

/** Writes a batch; answers with the creation time of each event it stored, by `org:id`. */
async function insertBatch(db: Db, batch: Pending[]): Promise<Map<string, Date>> {
  const rows = JSON.stringify(
    batch.map(({ orgId, interviewId, input }) => ({
      org_id: orgId,
      id: input.clientId,
      interview_id: interviewId,
      seq: input.seq ?? 0,
      at: input.at,
      kind: input.kind,
      text: input.text ?? null,
      topic: input.topic ?? null,
      layer: input.layer ?? null,
    })),
  );
  const withLayers = batch.some(({ input }) => input.kind === "layer_completed");
  const write = async (tx: Db) => {
    // Both drivers answer a raw statement with its rows in `rows`.
    const { rows: stored } = (await tx.execute(insertStatement(rows))) as unknown as { rows: StoredRow[] };
    if (withLayers) {
      const recount = new Map<string, [string, string]>();
      for (const row of stored) {
        if (row.kind === "layer_completed")
          recount.set(`${row.org_id}:${row.interview_id}`, [row.org_id, row.interview_id]);
      }
      for (const [orgId, interviewId] of recount.values()) await refreshEventSummary(tx, orgId, interviewId);
    }
    return stored;
  };
  const stored = withLayers ? await db.transaction((tx) => write(tx as unknown as Db)) : await write(db);
  return new Map(stored.map((row) => [`${row.org_id}:${row.id}`, new Date(row.created_at)]));
}

interface StoredRow extends Record<string, unknown> {
  org_id: string;
  id: string;
  interview_id: string;
  kind: string;
  created_at: Date | string;
}

function storedRow({ orgId, interviewId, input }: Pending, createdAt: Date): EventRow {
  return {
    orgId,
    id: input.clientId,
    interviewId,
    seq: input.seq ?? 0,
    at: input.at,
    kind: input.kind,
    text: input.text ?? null,
    topic: input.topic ?? null,
    layer: input.layer ?? null,
    createdAt,
    updatedAt: null,
    deletedAt: null,
  };
}

const writers = new WeakMap<Database, EventWriter>();

/**
 * Records a live event through the database's group commit (a batch makes its own transaction, so this
 * takes the database, never a transaction). Idempotent on the client's id, like recordEvent.
 */
export function recordEventInBatch(database: Database, orgId: string, interviewId: string, input: NewEvent) {
  let writer = writers.get(database);
  if (!writer) {
    writer = new EventWriter(database.db);
    writers.set(database, writer);
  }
  return writer.record(orgId, interviewId, input);
}
