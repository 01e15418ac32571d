// `debrief backup` and `debrief restore` as a person uses them: a real server on a fresh data directory,
// an organisation with candidates, interviews and live notes made through its API, one backup taken while
// clients keep writing notes and one while nothing writes; then the server stopped, a backup restored into
// another data directory, and a server started there. The quiet backup must equal the original table by
// table; the busy one must be a consistent moment of it. Refusals are run in this process, through the
// same program (`buildProgram`), which is quicker than a process each.
import { randomUUID } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { restoreBackup } from "../data/backup.js";
import { knownMigrations, readBackup } from "../data/backup-file.js";
import { CONTROL_SOCKET_NAME } from "../data/backup-socket.js";
import { DataDirInUseError } from "../data/data-dir-lock.js";
import { openDatabase } from "../data/database.js";
import type { EventKind } from "../domain/history/kinds.js";
import { summarizeEvents } from "../domain/history/summarize-events.js";
import { freePort, postJson, type RunningCommand, runDebrief, waitUntilHealthy } from "../test/process.js";
import { tableDigest } from "../test/table-digest.js";
import { buildProgram } from "./main.js";

const onPostgres = process.env.DEBRIEF_TEST_DRIVER === "postgres";
const root = mkdtempSync(path.join(tmpdir(), "debrief-backup-"));
const original = path.join(root, "original");
const restored = path.join(root, "restored");
const busyCopy = path.join(root, "busy-copy");
const files = {
  busy: path.join(root, "busy.tar.gz"),
  quiet: path.join(root, "quiet.tar.gz"),
  stopped: path.join(root, "stopped.tar.gz"),
};
// The job queue's own tables (schema pgboss) are left out: pg-boss keeps time in them by the clock.
const schemas = ["public", "drizzle"];
const admin = {
  organizationName: "Backup Co",
  name: "Bea Admin",
  email: "bea@backup.test",
  password: "a long enough password",
};

let server: RunningCommand | undefined;
let base = "";
let cookie = "";
const interviews: string[] = [];
/** The notes acknowledged before the busy backup was asked for: the copy must hold every one. */
let acknowledgedBefore: string[] = [];

async function startServer(dataDir: string) {
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  server = runDebrief(["serve", "--data-dir", dataDir], { PORT: String(port) });
  await waitUntilHealthy(base, server);
}

async function stopServer() {
  const stopping = server as RunningCommand;
  server = undefined;
  stopping.child.kill("SIGTERM");
  expect(await stopping.exited, stopping.output()).toBe(0);
}

const post = (url: string, body: unknown, headers: Record<string, string> = { cookie }) =>
  postJson(base, url, body, headers);

// Every path of the event writer: plain notes, hints and coding starts (folded into the interview's summary
// in the same statement), and now and then a completed layer (a recount in a transaction).
const kinds: EventKind[] = ["note", "hint", "note", "praise", "coding_started", "mistake", "note", "layer_completed"];
let made = 0;
async function writeNote(interviewId: string): Promise<string> {
  const n = made++;
  const kind = kinds[n % kinds.length] as EventKind;
  const clientId = randomUUID();
  await post(`/api/interviews/${interviewId}/events`, {
    clientId,
    at: n % 3600,
    kind,
    text: `note ${n}`,
    seq: n,
    ...(kind === "hint" ? { topic: "approach" } : {}),
    ...(kind === "layer_completed" ? { layer: 1 + (n % 3) } : {}),
  });
  return clientId;
}

/** `debrief ...` in this process: its output, and the error it would exit with. */
async function debrief(...args: string[]): Promise<{ output: string; error?: Error }> {
  const lines: string[] = [];
  const log = vi.spyOn(console, "log").mockImplementation((...parts: unknown[]) => {
    lines.push(parts.join(" "));
  });
  try {
    await buildProgram().parseAsync(["node", "debrief", ...args]);
    return { output: lines.join("\n") };
  } catch (error) {
    return { output: lines.join("\n"), error: error as Error };
  } finally {
    log.mockRestore();
  }
}

/** What a data directory holds: each table's digest, and each note and interview summary for a closer look. */
async function contentsOf(dataDir: string) {
  const database = await openDatabase({ kind: "embedded", dataDir });
  try {
    const events = await database.executeSql("select id, to_jsonb(e)::text as row from interview_events e");
    const summaries = await database.executeSql(
      "select id, hint_count, coding_started_sec, layer_completed_sec from interviews order by id",
    );
    const notes = await database.executeSql(
      "select interview_id, at, kind, layer from interview_events where deleted_at is null",
    );
    return {
      digest: await tableDigest(database, { schemas }),
      events: new Map(events.rows.map((r) => [r.id as string, r.row as string])),
      summaries: summaries.rows,
      notes: notes.rows as { interview_id: string; at: number; kind: EventKind; layer: number | null }[],
    };
  } finally {
    await database.close();
  }
}
let originalContents: Awaited<ReturnType<typeof contentsOf>>;

function listing(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .sort()
    .map((name) => `${name} ${statSync(path.join(dir, name)).size} ${statSync(path.join(dir, name)).mtimeMs}`);
}

beforeAll(async () => {
  if (onPostgres) return;
  // A fresh data directory, made from the migrated template rather than by initdb, which takes seconds.
  const template = await readFile(inject("pgliteTemplate"));
  mkdirSync(original);
  const fresh = await PGlite.create(path.join(original, "pglite"), { loadDataDir: new Blob([template]) });
  await fresh.close();
  await startServer(original);
  ({ cookie } = await post("/api/signup", admin, {}));
  for (const name of ["Cleo Candidate", "Cai Candidate"]) {
    const candidateId = (await post("/api/candidates", { name })).body.id;
    for (let i = 0; i < 2; i++) {
      const id = (await post("/api/interviews", { candidateId })).body.id as string;
      await post(`/api/interviews/${id}/start`, {});
      await post(`/api/interviews/${id}/snapshots`, {
        clientId: randomUUID(),
        at: 60,
        language: "python",
        code: "def solve(): pass",
      });
      interviews.push(id);
    }
  }
  await Promise.all(
    interviews.map(async (id) => {
      for (let i = 0; i < 10; i++) await writeNote(id);
    }),
  );
});

afterAll(async () => {
  // Never leave a server behind when an assertion fails half-way.
  if (server) {
    server.child.kill("SIGKILL");
    await server.exited;
  }
  rmSync(root, { recursive: true, force: true });
});

describe.skipIf(onPostgres)("debrief backup and debrief restore on the embedded database", () => {
  it("serve listens for backups on a socket in the data directory that only its owner may use", () => {
    const stat = statSync(path.join(original, CONTROL_SOCKET_NAME));
    expect(stat.isSocket()).toBe(true);
    expect(stat.mode & 0o777).toBe(0o600);
  });

  it("takes a backup from the running server while clients keep writing notes", async () => {
    let writing = true;
    const acknowledged = new Map<string, number>();
    // One client an interview, each a note every 20 ms or so: steady writes that leave the machine's two
    // cores room to start the backup command.
    const writers = interviews.map(async (id) => {
      while (writing) {
        acknowledged.set(await writeNote(id), performance.now());
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    });
    while (acknowledged.size < 8) await new Promise((resolve) => setTimeout(resolve, 20));
    acknowledgedBefore = [...acknowledged.keys()];
    const startedAt = performance.now();
    const backup = runDebrief(["backup", "--out", files.busy, "--data-dir", original]);
    const code = await backup.exited;
    const endedAt = performance.now();
    writing = false;
    await Promise.all(writers);

    expect(code, backup.output()).toBe(0);
    expect(backup.output()).toContain(`Backed up ${original} to ${files.busy}`);
    expect(backup.output()).toContain("from the server running on it");
    // The notes really kept coming while the backup was taken, or this proved nothing.
    const during = [...acknowledged.values()].filter((at) => at > startedAt && at < endedAt).length;
    expect(during).toBeGreaterThan(0);
    console.info(`busy backup: ${acknowledgedBefore.length} notes before it, ${during} while it was taken`);
    // The file holds every record and password hash: its owner's only. Nothing half-written is left.
    expect(statSync(files.busy).mode & 0o777).toBe(0o600);
    expect(existsSync(`${files.busy}.partial`)).toBe(false);
  });

  it("takes a backup from the running server while nothing writes", async () => {
    const { output, error } = await debrief("backup", "--out", files.quiet, "--data-dir", original);
    expect(error).toBeUndefined();
    expect(output).toContain("from the server running on it");
  });

  it("refuses to restore while the server holds the data directory, naming its process", async () => {
    const { error } = await debrief("restore", files.quiet, "--data-dir", original);
    expect(error).toBeInstanceOf(DataDirInUseError);
    expect(error?.message).toContain(`The data directory ${original} is in use by process ${server?.child.pid}`);
  });

  it("backs up a data directory no server holds by opening it itself", async () => {
    await stopServer();
    // A server that stops takes its control socket with it.
    expect(existsSync(path.join(original, CONTROL_SOCKET_NAME))).toBe(false);
    const { output, error } = await debrief("backup", "--out", files.stopped, "--data-dir", original);
    expect(error).toBeUndefined();
    expect(output).toContain("with no server running");
    expect(readBackup(readFileSync(files.stopped), "it").manifest.migrations).toBe(knownMigrations().length);
  });

  it("restores the quiet backup into another data directory: every table as in the original", async () => {
    originalContents = await contentsOf(original);
    const { output, error } = await debrief("restore", files.quiet, "--data-dir", restored);
    expect(error).toBeUndefined();
    expect(output).toContain(`Restored ${files.quiet}`);
    expect(output).toContain("There was no database there before.");
    expect((await contentsOf(restored)).digest).toEqual(originalContents.digest);
    // What was compared is more than empty tables.
    for (const table of ["organizations", "users", "candidates", "interviews", "interview_events", "code_snapshots"]) {
      expect(originalContents.digest[table], table).toMatch(/^[1-9]/);
    }
  });

  it("serves the restored data: the admin signs in with the old password, and the notes are there", async () => {
    await startServer(restored);
    const signIn = await post("/api/session", { email: admin.email, password: admin.password }, {});
    const response = await fetch(`${base}/api/interviews/${interviews[0]}/events`, {
      headers: { cookie: signIn.cookie },
    });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { events: unknown[] }).events.length).toBeGreaterThan(10);
    await stopServer();
  });

  it("restores the busy backup to one consistent moment: each note as in the original, each summary as its notes say", async () => {
    await restoreBackup(readBackup(readFileSync(files.busy), "busy"), busyCopy);
    const copy = await contentsOf(busyCopy);
    const whole = originalContents;

    const differing = [...copy.events].filter(([id, row]) => whole.events.get(id) !== row).map(([id]) => id);
    expect(differing, "notes in the copy that differ from, or are missing in, the original").toEqual([]);
    expect(acknowledgedBefore.filter((id) => !copy.events.has(id))).toEqual([]);
    expect(copy.events.size).toBeLessThanOrEqual(whole.events.size);
    for (const summary of copy.summaries) {
      const expected = summarizeEvents(copy.notes.filter((note) => note.interview_id === summary.id));
      expect(
        {
          hintCount: summary.hint_count,
          codingStartedSec: summary.coding_started_sec,
          layerCompletedSec: summary.layer_completed_sec,
        },
        `the summary of interview ${summary.id}`,
      ).toEqual(expected);
    }
  });

  it("refuses a file that is not a backup, or one cut short, and the data there stays as it was", async () => {
    const before = listing(restored);
    const garbage = path.join(root, "garbage.tar.gz");
    writeFileSync(garbage, "name,email\nbea,bea@backup.test\n");
    const notGzip = await debrief("restore", garbage, "--data-dir", restored);
    expect(notGzip.error?.message).toBe(
      `${garbage} is not a Debrief backup: it is not gzip-compressed (a backup is the .tar.gz file \`debrief backup\` writes).`,
    );
    const cut = path.join(root, "cut.tar.gz");
    const whole = readFileSync(files.quiet);
    writeFileSync(cut, whole.subarray(0, Math.floor(whole.length * 0.9)));
    const cutShort = await debrief("restore", cut, "--data-dir", restored);
    expect(cutShort.error?.message).toBe(`${cut} is damaged or cut short: unexpected end of file.`);
    expect(listing(restored)).toEqual(before);
  });

  it("refuses a PostgreSQL server, saying to use pg_dump and pg_restore", async () => {
    vi.stubEnv("DATABASE_URL", "postgres://debrief:secret@127.0.0.1:1/debrief");
    try {
      const backup = await debrief("backup", "--out", path.join(root, "pg.tar.gz"));
      expect(backup.error?.message).toContain("DATABASE_URL is set to a PostgreSQL server");
      expect(backup.error?.message).toContain('pg_dump --format=custom --file=debrief.dump "$DATABASE_URL"');
      expect(backup.error?.message).not.toContain("secret");
      const restore = await debrief("restore", files.quiet);
      expect(restore.error?.message).toContain(
        'pg_restore --clean --if-exists --no-owner --dbname="$DATABASE_URL" debrief.dump',
      );
    } finally {
      vi.unstubAllEnvs();
    }
    const named = await debrief("restore", files.quiet, "--data-dir", "postgresql://db.internal/debrief");
    expect(named.error?.message).toContain("--data-dir names a PostgreSQL server");
    expect(existsSync(path.join(root, "pg.tar.gz"))).toBe(false);
  });
});
