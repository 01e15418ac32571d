// A crash test in the manner of SQLite's: the real server, under a stream of live notes from concurrent
// clients, is killed with SIGKILL at a random moment, again and again, and restarted on the same data
// directory (or the same PostgreSQL database). SIGTERM would let it finish its requests (serve.test.ts);
// SIGKILL gives it no chance, which is what a crash, an OOM kill or `kill -9` does. The promise under test
// is the one in events.ts and event-writer.ts: a note acknowledged to the interviewer is stored, exactly
// once, and re-sending a note whose answer never came is harmless.
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { Database } from "../data/database.js";
import { freePort, postJson, type RunningCommand, runDebrief, waitUntilHealthy } from "../test/process.js";
import { openRawConnection, type RawConnection } from "../test/raw-http.js";

const onPostgres = process.env.DEBRIEF_TEST_DRIVER === "postgres";
// At least ten crashes; each costs a start-up (tsx compiles the server from source, a few seconds on two
// cores), so more rounds are for a longer run by hand: DEBRIEF_CRASH_ROUNDS=50.
const ROUNDS = Math.max(10, Number(process.env.DEBRIEF_CRASH_ROUNDS ?? 12));
// Eight clients on four interviews: two interviewers' tabs per interview, so one interview's notes
// arrive from two connections at once and share batches in the group commit.
const CLIENTS = 8;
const INTERVIEWS = 4;
const KILL_AFTER_MS = { min: 100, max: 600 };
const HEALTHY_WITHIN_MS = 30_000;

const dataDir = mkdtempSync(path.join(tmpdir(), "debrief-crash-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

interface SentEvent {
  clientId: string;
  interviewId: string;
  body: Record<string, unknown>;
}

interface StoredEvent {
  id: string;
  interviewId: string;
  at: number;
  seq: number;
  kind: string;
  text: string | null;
  topic: string | null;
  layer: number | null;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// A mix of kinds that takes every path of the group commit: plain notes (one statement), hints and coding
// starts (folded into the interview's summary in the same statement), and now and then a completed layer
// (the batch becomes a transaction with a recount).
const kinds = ["note", "hint", "note", "praise", "coding_started", "mistake", "note", "clarifying_question"];
let made = 0;
function makeEvent(interviewId: string): SentEvent {
  const n = made++;
  const kind = n % 53 === 52 ? "layer_completed" : (kinds[n % kinds.length] as string);
  const body: Record<string, unknown> = {
    clientId: randomUUID(),
    at: n % 3600,
    kind,
    text: `note ${n} taken while the server may die`,
    seq: n,
    ...(kind === "hint" ? { topic: "approach" } : {}),
    ...(kind === "layer_completed" ? { layer: 1 } : {}),
  };
  return { clientId: body.clientId as string, interviewId, body };
}

describe("the server killed with SIGKILL while writing live notes", () => {
  it("keeps every acknowledged event exactly once, restarts every time, and stores a retried one at most once", async () => {
    // Where the data lives across the crashes: one data directory, or one database on the server.
    let database: Database | undefined;
    let serverEnv: Record<string, string> = {};
    let args = ["serve", "--data-dir", dataDir];
    if (onPostgres) {
      const { createTestDatabase } = await import("../test/database.js");
      database = await createTestDatabase();
      serverEnv = { DATABASE_URL: database.target.kind === "server" ? database.target.url : "" };
      args = ["serve"];
    }

    let current: { server: RunningCommand; base: string; port: number } | undefined;
    const started: number[] = [];
    const start = async () => {
      // A new port each time, so nothing of the killed process's connections can answer for the new one.
      const port = await freePort();
      const base = `http://127.0.0.1:${port}`;
      const since = performance.now();
      const server = runDebrief(args, { PORT: String(port), ...serverEnv });
      current = { server, base, port };
      // On the embedded database this also proves the data-directory lock died with the killed process:
      // a lock left behind makes the new process exit with 2 ("is in use by"), and this throws with it.
      await waitUntilHealthy(base, server, HEALTHY_WITHIN_MS);
      started.push(Math.round(performance.now() - since));
      return current;
    };

    try {
      let { base, port } = await start();
      const post = (url: string, body: unknown, headers: Record<string, string>) => postJson(base, url, body, headers);

      // An organisation, an interviewer who joined by invitation, with a session and an API token, a
      // candidate, and interviews scheduled for the interviewer and started by them.
      const signup = await post(
        "/api/signup",
        {
          organizationName: "Crash Co",
          name: "Ada Admin",
          email: "ada@crash.test",
          password: "a long enough password",
        },
        {},
      );
      const admin = { cookie: signup.cookie };
      const invitation = await post("/api/invitations", { email: "ivo@crash.test", role: "interviewer" }, admin);
      const joined = await post(
        "/api/invitations/accept",
        { token: invitation.body.token, name: "Ivo Interviewer", password: "another long password" },
        {},
      );
      const interviewerId = (joined.body.user as { id: string }).id;
      const cookie = { cookie: joined.cookie };
      const token = { authorization: `Bearer ${(await post("/api/tokens", { name: "crash" }, cookie)).body.token}` };
      const candidateId = (await post("/api/candidates", { name: "Cleo Candidate" }, admin)).body.id;
      const interviews: string[] = [];
      for (let i = 0; i < INTERVIEWS; i++) {
        const id = (await post("/api/interviews", { candidateId, interviewerId }, admin)).body.id as string;
        await post(`/api/interviews/${id}/start`, {}, cookie);
        interviews.push(id);
      }

      const sent = new Map<string, SentEvent>();
      const acknowledged = new Map<string, SentEvent>();
      // Sent, but the connection died before the whole answer arrived: the server may or may not have it.
      let inFlight: SentEvent[] = [];
      const unexpected: string[] = [];
      const rounds: { killAfterMs: number; acknowledged: number; inFlight: number; committedUnanswered: number }[] = [];

      /** One client: notes as fast as they are acknowledged, until its connection dies with the server. */
      const client = async (connection: RawConnection, i: number) => {
        const interviewId = interviews[i % INTERVIEWS] as string;
        // Half the clients use the session cookie and half the token: both ways an interviewer writes.
        const auth: Record<string, string> = i % 2 === 0 ? token : cookie;
        const url = `/api/interviews/${interviewId}/events`;
        let count = 0;
        for (;;) {
          const event = makeEvent(interviewId);
          sent.set(event.clientId, event);
          let response: Awaited<ReturnType<RawConnection["send"]>>;
          try {
            response = await connection.send("POST", url, auth, JSON.stringify(event.body));
          } catch {
            // Whether the request left, and whether it committed, is unknown: exactly the case to retry.
            inFlight.push(event);
            return count;
          }
          const answer = JSON.parse(response.body) as { id?: string };
          if (response.status === 201 && answer.id === event.clientId) {
            acknowledged.set(event.clientId, event);
            count++;
          } else unexpected.push(`${response.status} ${response.body}`);
        }
      };

      /** Reads every interview's events and checks them against what was sent and acknowledged. */
      const verify = async (round: number) => {
        const stored = new Map<string, StoredEvent>();
        for (const interviewId of interviews) {
          const response = await fetch(`${base}/api/interviews/${interviewId}/events`, { headers: token });
          expect(response.status).toBe(200);
          const { events } = (await response.json()) as { events: StoredEvent[] };
          for (const event of events) {
            expect(stored.has(event.id), `round ${round}: event ${event.id} listed twice`).toBe(false);
            stored.set(event.id, event);
          }
        }
        const lost = [...acknowledged.keys()].filter((id) => !stored.has(id));
        expect(lost, `round ${round}: acknowledged events missing after the crash`).toEqual([]);
        for (const event of stored.values()) {
          const original = sent.get(event.id);
          expect(original, `round ${round}: an event nobody sent: ${JSON.stringify(event)}`).toBeDefined();
          const body = original?.body ?? {};
          expect(event).toMatchObject({
            interviewId: original?.interviewId,
            at: body.at,
            seq: body.seq,
            kind: body.kind,
            text: body.text,
            topic: body.topic ?? null,
            layer: body.layer ?? null,
          });
        }
        return stored;
      };

      /** Re-sends the notes whose answers were lost, as a client does once the server is back. */
      const retryInFlight = async (stored: Map<string, StoredEvent>) => {
        let committedUnanswered = 0;
        for (const event of inFlight) {
          const response = await fetch(`${base}/api/interviews/${event.interviewId}/events`, {
            method: "POST",
            headers: { "content-type": "application/json", ...token },
            body: JSON.stringify(event.body),
          });
          // Already stored (committed, but the answer died with the server): 200 with the stored event.
          // Not stored (rolled back or never read): 201, stored now. Either way it is acknowledged now.
          const wasStored = stored.has(event.clientId);
          if (wasStored) committedUnanswered++;
          expect(response.status, await response.clone().text()).toBe(wasStored ? 200 : 201);
          expect(((await response.json()) as { id: string }).id).toBe(event.clientId);
          acknowledged.set(event.clientId, event);
        }
        inFlight = [];
        return committedUnanswered;
      };

      for (let round = 1; round <= ROUNDS; round++) {
        const connections = await Promise.all(
          Array.from({ length: CLIENTS }, () => openRawConnection("127.0.0.1", port)),
        );
        const before = acknowledged.size;
        const load = Promise.all(connections.map((connection, i) => client(connection, i)));
        const killAfterMs = KILL_AFTER_MS.min + Math.floor(Math.random() * (KILL_AFTER_MS.max - KILL_AFTER_MS.min));
        await sleep(killAfterMs);
        const killed = current?.server as RunningCommand;
        killed.child.kill("SIGKILL");
        expect(await killed.exited).toBeNull();
        expect(killed.child.signalCode).toBe("SIGKILL");
        await load;
        for (const connection of connections) connection.close();
        expect(unexpected, `round ${round}: answers other than 201 under load`).toEqual([]);
        const inFlightNow = inFlight.length;
        const acknowledgedNow = acknowledged.size - before;

        ({ base, port } = await start());
        const stored = await verify(round);
        const committedUnanswered = await retryInFlight(stored);
        rounds.push({ killAfterMs, acknowledged: acknowledgedNow, inFlight: inFlightNow, committedUnanswered });
      }

      // After the last restart and its retries: everything acknowledged, once, and nothing else.
      const stored = await verify(ROUNDS + 1);
      expect(stored.size).toBe(acknowledged.size);
      // A retry of an acknowledged note still answers with the stored one, after all those restarts.
      for (const event of [...acknowledged.values()].slice(0, 20)) {
        const response = await fetch(`${base}/api/interviews/${event.interviewId}/events`, {
          method: "POST",
          headers: { "content-type": "application/json", ...cookie },
          body: JSON.stringify(event.body),
        });
        expect(response.status).toBe(200);
      }
      // Every round must have put the server under load, or the crashes proved nothing.
      for (const round of rounds) expect(round.acknowledged, JSON.stringify(round)).toBeGreaterThan(0);

      const last = current?.server as RunningCommand;
      last.child.kill("SIGTERM");
      expect(await last.exited).toBe(0);

      // The interviews' summaries are written in the same statement as the events: a crash must never
      // leave a hint counted without its event, or the other way round. The API does not show them, so
      // the database is read directly (on the embedded one, now that the server has let go of it).
      if (!database) {
        const { openDatabase } = await import("../data/database.js");
        database = await openDatabase({ kind: "embedded", dataDir });
      }
      const { rows } = await database.executeSql(
        `select i.id, i.hint_count, i.coding_started_sec,
             (select count(*)::int from interview_events e
               where e.org_id = i.org_id and e.interview_id = i.id and e.kind = 'hint') as hints,
             (select min(e.at) from interview_events e
               where e.org_id = i.org_id and e.interview_id = i.id and e.kind = 'coding_started') as coding
           from interviews i where i.interviewer_id = $1`,
        [interviewerId],
      );
      expect(rows).toHaveLength(INTERVIEWS);
      for (const row of rows) {
        expect(row.hint_count, `hint count of interview ${row.id}`).toBe(row.hints);
        expect(row.coding_started_sec, `coding start of interview ${row.id}`).toBe(row.coding);
      }

      console.info(
        `crash test (${onPostgres ? "PostgreSQL" : "embedded"}): ${ROUNDS} SIGKILLs, ` +
          `${acknowledged.size} events acknowledged, start-ups ${started.join(", ")} ms, rounds ${JSON.stringify(rounds)}`,
      );
    } finally {
      // Never leave a server behind when an assertion fails half-way.
      if (current && current.server.child.exitCode === null && current.server.child.signalCode === null) {
        current.server.child.kill("SIGKILL");
        await current.server.exited;
      }
      await database?.close();
    }
  }, 170_000); // Start-ups dominate; see ROUNDS.
});
