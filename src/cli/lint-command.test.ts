// `debrief lint`: in this process with files and standard input of our own, then as a person runs it.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { type LintIo, lineAndColumn, runLint } from "./lint-command.js";

const OUTCOME_FIRST = "Unfortunately we won't be moving forward.\n\nYou asked about the input at 0:40.";
const WARNINGS_ONLY = "You asked about the input at 0:40.\n\nGood job.";
const CLEAN = "You asked about the input at 0:40, before writing any code.";

function fakeIo(files: Record<string, string>, stdin = "") {
  let out = "";
  let err = "";
  const io: LintIo = {
    readFile: async (name) => {
      if (name in files) return files[name] as string;
      throw Object.assign(new Error(`ENOENT: ${name}`), { code: "ENOENT" });
    },
    readStdin: async () => stdin,
    out: (text) => {
      out += text;
    },
    err: (text) => {
      err += text;
    },
  };
  return { io, out: () => out, err: () => err };
}

describe("runLint", () => {
  it("prints each finding as file:line:column with its rule, the words, the message and a suggestion", async () => {
    const run = fakeIo({ "a.md": OUTCOME_FIRST, "b.md": WARNINGS_ONLY });
    expect(await runLint(["a.md", "b.md"], {}, run.io)).toBe(1);
    const lines = run.out().split("\n");
    expect(lines[0]).toBe(`a.md:1:1: error outcome-first: "Unfortunately we won't be moving forward"`);
    expect(lines[1]).toMatch(/^ {2}The outcome comes first/);
    expect(lines[2]).toMatch(/^ {2}Suggestion: Open with a specific observation/);
    expect(lines[3]).toBe(`b.md:3:1: warning vague: "Good job"`);
    expect(run.out()).toContain(
      "1 error and 1 warning in 2 of 2 files: release needs an override with a written reason.",
    );
    expect(run.err()).toBe("");
  });

  it("exits with 0 when there are only warnings, or nothing", async () => {
    const warnings = fakeIo({ "b.md": WARNINGS_ONLY });
    expect(await runLint(["b.md"], {}, warnings.io)).toBe(0);
    expect(warnings.out()).toContain("0 errors and 1 warning in 1 of 1 file.");
    const clean = fakeIo({ "c.md": CLEAN });
    expect(await runLint(["c.md"], {}, clean.io)).toBe(0);
    expect(clean.out()).toBe("No findings in 1 file.\n");
  });

  it("prints [{ file, findings }] with --json, the findings as the API answers them", async () => {
    const run = fakeIo({ "a.md": OUTCOME_FIRST, "c.md": CLEAN });
    expect(await runLint(["a.md", "c.md"], { json: true }, run.io)).toBe(1);
    const results = JSON.parse(run.out());
    expect(results).toEqual([
      {
        file: "a.md",
        findings: [
          {
            rule: "outcome-first",
            severity: "error",
            start: 0,
            end: 40,
            message: expect.any(String),
            suggestion: expect.any(String),
          },
        ],
      },
      { file: "c.md", findings: [] },
    ]);
  });

  it("reads standard input when there are no files, and for -", async () => {
    const none = fakeIo({}, WARNINGS_ONLY);
    expect(await runLint([], { json: true }, none.io)).toBe(0);
    expect(JSON.parse(none.out())).toEqual([{ file: "-", findings: [expect.objectContaining({ rule: "vague" })] }]);
    const dash = fakeIo({ "c.md": CLEAN }, OUTCOME_FIRST);
    expect(await runLint(["c.md", "-"], {}, dash.io)).toBe(1);
    expect(dash.out()).toContain("-:1:1: error outcome-first");
  });

  it("names every file it cannot read, lints none, and exits with 2", async () => {
    const run = fakeIo({ "a.md": OUTCOME_FIRST });
    expect(await runLint(["missing.md", "a.md", "gone.md"], {}, run.io)).toBe(2);
    expect(run.err()).toBe(
      "debrief: FILE: cannot read missing.md: there is no such file\ndebrief: FILE: cannot read gone.md: there is no such file\n",
    );
    expect(run.out()).toBe("");
    const twice = fakeIo({});
    expect(await runLint(["-", "-"], {}, twice.io)).toBe(2);
    expect(twice.err()).toContain("can be given only once");
  });
});

describe("lineAndColumn", () => {
  it("counts lines and columns from 1, columns in UTF-16 units", () => {
    const text = "one\ntwo 🙂 three\n\nfour";
    expect(lineAndColumn(text, 0)).toEqual({ line: 1, column: 1 });
    expect(lineAndColumn(text, text.indexOf("three"))).toEqual({ line: 2, column: 8 });
    expect(lineAndColumn(text, text.indexOf("four"))).toEqual({ line: 4, column: 1 });
    expect(lineAndColumn(text, text.indexOf("\n"))).toEqual({ line: 1, column: 4 });
  });
});

describe("debrief lint", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "debrief-lint-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** The real command with standard input of our own, pointed at a database that must never be opened. */
  function debrief(args: string[], stdin: string) {
    const dataDir = path.join(dir, "never-created");
    const child = spawn(process.execPath, ["--import", "tsx", path.resolve(import.meta.dirname, "main.ts"), ...args], {
      env: { ...process.env, DEBRIEF_DATA_DIR: dataDir, DATABASE_URL: "postgres://nobody@127.0.0.1:1/none" },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.stdin.end(stdin);
    return new Promise<{ code: number | null; stdout: string; stderr: string; dataDirCreated: boolean }>((resolve) =>
      child.once("close", (code) => resolve({ code, stdout, stderr, dataDirCreated: existsSync(dataDir) })),
    );
  }

  it("lints standard input without a database, and exits with 1 for an error-level finding", async () => {
    const result = await debrief(["lint", "--json"], OUTCOME_FIRST);
    expect(result.code, result.stderr).toBe(1);
    expect(JSON.parse(result.stdout)).toEqual([
      { file: "-", findings: [expect.objectContaining({ rule: "outcome-first" })] },
    ]);
    expect(result.dataDirCreated).toBe(false);
  });

  it("exits with 0 for clean feedback, and with 2 for a bad option or a missing file", async () => {
    const [clean, badOption, missing] = await Promise.all([
      debrief(["lint"], CLEAN),
      debrief(["lint", "--jsno"], CLEAN),
      debrief(["lint", path.join(dir, "nope.md")], ""),
    ]);
    expect(clean.code, clean.stderr).toBe(0);
    expect(clean.stdout).toBe("No findings in 1 file.\n");
    expect(badOption.code).toBe(2);
    expect(badOption.stderr).toContain("unknown option '--jsno'");
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(`cannot read ${path.join(dir, "nope.md")}: there is no such file`);
  });
});
