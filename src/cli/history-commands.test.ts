// `debrief import` and `debrief export` as a person runs them, on the embedded database (and on PostgreSQL
// in the postgres project, through DATABASE_URL).
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../data/database.js";
import { createTestDatabase } from "../test/database.js";
import { ndjson, normalisedHistory } from "../test/history.js";
import { runDebrief } from "../test/process.js";
import { SAMPLE_HISTORY } from "../test/shared-data.js";

const SAMPLE = SAMPLE_HISTORY;
const onPostgres = process.env.DEBRIEF_TEST_DRIVER === "postgres";
const dir = mkdtempSync(path.join(tmpdir(), "debrief-history-cli-"));
const dataDir = path.join(dir, "data");
let server: Database | undefined;
let env: Record<string, string> = {};

const history = [
  { type: "meta", format: "debrief-history", version: 1, source: "cli test" },
  { type: "interviewer", id: "ivr-1", name: "Iris Interviewer", email: "iris@history.test" },
  { type: "candidate", id: "cand-1", name: "Cara Candidate" },
  { type: "candidate", id: "cand-2", name: "Cole Candidate", email: "cole@candidates.test" },
  { type: "question", id: "q-1", title: "Rate limiter", kind: "system-design", layers: ["One box", "Many boxes"] },
  {
    type: "interview",
    id: "int-1",
    candidateId: "cand-1",
    interviewerId: "ivr-1",
    questionId: "q-1",
    startedAt: "2025-03-04T10:00:00Z",
    events: [
      { at: 60, kind: "coding_started" },
      { at: 900, kind: "layer_completed", layer: 1 },
      { at: 900, kind: "constraint_change", layer: 2, text: "Many boxes" },
    ],
    assessment: { scores: { problemSolving: 3 }, overall: 3, advance: true },
  },
  {
    type: "interview",
    id: "int-2",
    candidateId: "cand-2",
    interviewerId: "ivr-1",
    startedAt: "2025-03-05T10:00:00Z",
    events: [{ at: 10, kind: "hint", topic: "approach", text: "Start simple" }],
    candidateRating: { wouldReturn: 3 },
    feedbackSharedAt: "2025-03-05T12:00:00Z",
  },
  { type: "outcome", candidateId: "cand-1", at: "2025-04-01T10:00:00Z", passed: true, company: "Globex" },
  { type: "offer", candidateId: "cand-1", at: "2025-04-20T10:00:00Z", accepted: false, feedbackGiven: true },
];
const historyFile = path.join(dir, "history.jsonl");

beforeAll(async () => {
  if (onPostgres) {
    server = await createTestDatabase();
    env = { DATABASE_URL: server.target.kind === "server" ? server.target.url : "" };
  } else {
    env = { DEBRIEF_DATA_DIR: dataDir };
  }
  writeFileSync(historyFile, ndjson(history));
  for (const name of ["History Org", "Invalid Org", "Interrupted Org"]) {
    const created = await debrief(
      "org",
      "create",
      name,
      "--admin-email",
      `admin@${name.split(" ")[0]?.toLowerCase()}.test`,
      "--admin-password",
      "a long enough password",
    );
    expect(created.code, created.stderr).toBe(0);
  }
}, 120_000);
afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Runs `debrief` to its end, with standard output and standard error apart. */
async function debrief(...args: string[]) {
  const command = runDebrief(args, env);
  let stdout = "";
  let stderr = "";
  command.child.stdout?.on("data", (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  command.child.stderr?.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const code = await command.exited;
  return { code, stdout, stderr };
}

async function exportOf(org: string): Promise<string> {
  const { code, stdout, stderr } = await debrief("export", "--org", org);
  expect(code, stderr).toBe(0);
  return stdout;
}

describe("debrief import and export", () => {
  it("imports a file into an organisation and prints the summary as JSON", async () => {
    const { code, stdout, stderr } = await debrief("import", historyFile, "--org", "History Org", "--json");
    expect(code, stderr).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      lines: history.length,
      interviewers: { created: 1, updated: 0, unchanged: 0 },
      candidates: { created: 2, updated: 0, unchanged: 0 },
      questions: { created: 1, updated: 0, unchanged: 0 },
      interviews: { created: 2, updated: 0, unchanged: 0 },
      events: 4,
      outcomes: { created: 1, updated: 0, unchanged: 0 },
      offers: { created: 1, updated: 0, unchanged: 0 },
    });
    expect(stderr).toContain("Imported.");
  });

  it("says in words that importing the same file again changed nothing", async () => {
    const { code, stdout, stderr } = await debrief("import", historyFile, "--org", "History Org");
    expect(code, stderr).toBe(0);
    expect(stdout).toContain(`${history.length} lines.`);
    expect(stdout).toContain("interviews: 0 new, 0 updated, 2 unchanged (0 events written)");
    expect(stdout).toContain("candidates: 0 new, 0 updated, 2 unchanged");
  });

  it("exports the organisation's history to a file", async () => {
    const out = path.join(dir, "export.jsonl");
    const { code, stdout, stderr } = await debrief("export", "--org", "History Org", "--out", out);
    expect(code, stderr).toBe(0);
    expect(stdout).toBe("");
    expect(normalisedHistory(readFileSync(out, "utf8"))).toEqual(normalisedHistory(ndjson(history)));
    expect(readdirSync(dir).filter((f) => f.endsWith(".partial"))).toEqual([]);
  });

  it("exports to standard output without --out", async () => {
    expect(normalisedHistory(await exportOf("History Org"))).toEqual(normalisedHistory(ndjson(history)));
  });

  it("refuses an invalid file: names each bad line on stderr, exits non-zero and imports nothing", async () => {
    const bad = path.join(dir, "bad.jsonl");
    const lines: unknown[] = [...history];
    lines[2] = { type: "candidate", id: "cand-1" };
    lines[5] = { ...(history[5] as object), assessment: { overall: 5, advance: true } };
    writeFileSync(bad, ndjson(lines));
    const { code, stdout, stderr } = await debrief("import", bad, "--org", "Invalid Org", "--json");
    expect(code).not.toBe(0);
    expect(stdout).toBe("");
    expect(stderr).toContain("The file has 2 problems; nothing was imported.");
    expect(stderr).toContain("line 3: candidate.name: expected a string, got nothing");
    expect(stderr).toContain("line 6: interview.assessment.overall: expected an integer from 1 to 4, got 5");
    expect((await exportOf("Invalid Org")).trim().split("\n")).toHaveLength(1);
  });

  it("says so when the file does not exist", async () => {
    const missing = path.join(dir, "nope.jsonl");
    const { code, stderr } = await debrief("import", missing, "--org", "History Org");
    expect(code).toBe(1);
    expect(stderr).toContain(`debrief: FILE: there is no file ${missing}`);
  });

  it("says so when the organisation does not exist, for import and export", async () => {
    const imported = await debrief("import", historyFile, "--org", "No Such Org");
    expect(imported.code).toBe(1);
    expect(imported.stderr).toContain('debrief: The organisation "No Such Org" was not found.');
    const out = path.join(dir, "never.jsonl");
    const exported = await debrief("export", "--org", "No Such Org", "--out", out);
    expect(exported.code).toBe(1);
    expect(exported.stderr).toContain('debrief: The organisation "No Such Org" was not found.');
    expect(existsSync(out)).toBe(false);
  });

  it("leaves nothing behind when interrupted with Ctrl-C while writing", async () => {
    const command = runDebrief(["import", SAMPLE, "--org", "Interrupted Org"], env);
    let stderr = "";
    let interrupted = false;
    command.child.stderr?.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
      // Interrupt as soon as the import says it is writing: the first rows are in, most are not.
      if (!interrupted && /^writing/m.test(stderr)) {
        interrupted = true;
        command.child.kill("SIGINT");
      }
    });
    const code = await command.exited;
    expect(interrupted, stderr).toBe(true);
    expect(code, stderr).toBe(130);
    expect(stderr).toContain("Interrupted: nothing was imported.");
    const exported = (await exportOf("Interrupted Org")).trim().split("\n");
    expect(exported.map((l) => JSON.parse(l).type)).toEqual(["meta"]);
  }, 180_000);
});
