// `debrief lint [FILE ...] [--json]`: the feedback linter on files or standard input, with no database.
// Exit status: 0 when nothing holds release back (warnings at most), 1 when there is an error-level finding,
// 2 for bad arguments or a file that cannot be read (nothing is linted then).
import { readFile } from "node:fs/promises";
import { type Command, CommanderError } from "commander";
import { hasErrors, type LintFinding, lintFeedback } from "../domain/feedback/lint/index.js";

/** What the command reads and writes, so that tests can run it without a process of its own. */
export interface LintIo {
  readFile(path: string): Promise<string>;
  readStdin(): Promise<string>;
  out(text: string): void;
  err(text: string): void;
}

export const STDIN = "-";

const processIo: LintIo = {
  readFile: (path) => readFile(path, "utf8"),
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString("utf8");
  },
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

export function registerLintCommand(program: Command, io: LintIo = processIo): void {
  program
    .command("lint")
    .description(
      "lint feedback: the outcome first, protected characteristics, judgements of the person, vague statements (no database needed)",
    )
    .argument("[files...]", `Markdown or text files; with none, or ${STDIN}, standard input`)
    .option("--json", "print [{ file, findings }], the findings as POST /api/feedback/lint answers them")
    .exitOverride((error) => {
      // Bad arguments exit with 2, like every other usage error; --help and --version still exit with 0.
      throw error.exitCode === 0 ? error : new CommanderError(2, error.code, error.message);
    })
    .action(async (files: string[], options: { json?: boolean }) => {
      process.exitCode = await runLint(files, options, io);
    });
}

export interface LintedFile {
  file: string;
  findings: LintFinding[];
}

/** Reads every file first (a file that cannot be read stops everything), lints, prints; the exit status. */
export async function runLint(files: string[], options: { json?: boolean }, io: LintIo): Promise<number> {
  const names = files.length === 0 ? [STDIN] : files;
  if (names.filter((name) => name === STDIN).length > 1) {
    io.err(`debrief: FILE: ${STDIN} (standard input) can be given only once\n`);
    return 2;
  }
  const texts: string[] = [];
  const unreadable: string[] = [];
  for (const name of names) {
    try {
      texts.push(name === STDIN ? await io.readStdin() : await io.readFile(name));
    } catch (error) {
      unreadable.push(`debrief: FILE: cannot read ${name}: ${describeReadError(error)}`);
    }
  }
  if (unreadable.length > 0) {
    io.err(`${unreadable.join("\n")}\n`);
    return 2;
  }

  const results: LintedFile[] = names.map((file, i) => ({ file, findings: lintFeedback(texts[i] ?? "") }));
  io.out(options.json ? `${JSON.stringify(results, null, 2)}\n` : describeResults(results, texts));
  return results.some((r) => hasErrors(r.findings)) ? 1 : 0;
}

function describeReadError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === "ENOENT") return "there is no such file";
  if (code === "EISDIR") return "it is a directory";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  return error instanceof Error ? error.message : String(error);
}

/** Line and column, from 1, of a UTF-16 offset: columns count UTF-16 units, like the findings' offsets. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

function describeResults(results: LintedFile[], texts: string[]): string {
  const lines: string[] = [];
  results.forEach(({ file, findings }, i) => {
    const text = texts[i] ?? "";
    for (const f of findings) {
      const { line, column } = lineAndColumn(text, f.start);
      const quoted = text.slice(f.start, f.end).replace(/\s+/g, " ");
      lines.push(`${file}:${line}:${column}: ${f.severity} ${f.rule}: "${quoted}"`);
      lines.push(`  ${f.message}`);
      if (f.suggestion) lines.push(`  Suggestion: ${f.suggestion}`);
    }
  });
  const all = results.flatMap((r) => r.findings);
  const errors = all.filter((f) => f.severity === "error").length;
  const warnings = all.length - errors;
  const files = plural(results.length, "file");
  if (all.length === 0) lines.push(`No findings in ${files}.`);
  else {
    const flagged = results.filter((r) => r.findings.length > 0).length;
    lines.push(
      `${plural(errors, "error")} and ${plural(warnings, "warning")} in ${flagged} of ${files}${errors > 0 ? ": release needs an override with a written reason" : ""}.`,
    );
  }
  return `${lines.join("\n")}\n`;
}
