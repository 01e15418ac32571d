// `debrief import` and `debrief export`: the history interchange format in and out of an organisation.

import { once } from "node:events";
import { createReadStream, createWriteStream, existsSync } from "node:fs";
import { rename, rm } from "node:fs/promises";
import type { Command } from "commander";
import { Problem } from "../domain/errors.js";
import { formatProblem } from "../domain/history/records.js";
import { exportHistory } from "../features/history/export-history.js";
import { readHistory } from "../features/history/read-history.js";
import { type ImportSummary, invalidHistory, writeHistory } from "../features/history/write-history.js";
import { findOrganization } from "../features/organizations/find-organization.js";
import { type DatabaseOptions, withDatabase, withDatabaseOptions } from "./database-options.js";
import { ProgressLine } from "./progress.js";

export class InterruptedError extends Error {}

export function registerHistoryCommands(program: Command): void {
  withDatabaseOptions(
    program
      .command("import")
      .description("import a debrief-history file (JSON Lines, optionally gzipped) into an organisation")
      .argument("<file>", "the file to import")
      .requiredOption("--org <org>", "the organisation's id or name")
      .option("--json", "print the summary as JSON"),
  ).action(async (file: string, options: DatabaseOptions & { org: string; json?: boolean }) => {
    if (!existsSync(file)) throw new Problem("invalid", `FILE: there is no file ${file}`);
    const controller = new AbortController();
    // Ctrl-C rolls the whole import back: the file is imported entirely or not at all.
    const interrupt = () => controller.abort(new InterruptedError("Interrupted: nothing was imported."));
    process.once("SIGINT", interrupt);
    process.once("SIGTERM", interrupt);
    const progress = new ProgressLine();
    try {
      const collector = await readHistory(createReadStream(file), {
        signal: controller.signal,
        onProgress: (p) => progress.update("checking lines", p.lines, undefined, "lines"),
      });
      if (!collector.valid) throw invalidHistory(collector);
      const summary = await withDatabase(options, async (database) => {
        const org = await findOrganization(database.db, options.org);
        return database.db.transaction((tx) =>
          writeHistory(tx as never, org.orgId, collector, {
            signal: controller.signal,
            onProgress: (p) => progress.update(`writing ${p.step}`, p.done, p.total, "rows"),
          }),
        );
      });
      progress.done("Imported.");
      console.log(options.json ? JSON.stringify(summary, null, 2) : describeSummary(summary));
    } catch (error) {
      if (controller.signal.aborted) throw controller.signal.reason;
      if (error instanceof Problem && Array.isArray(error.details?.problems)) {
        progress.done("Nothing was imported.");
        const problems = error.details.problems as Parameters<typeof formatProblem>[0][];
        throw new Problem("invalid", `${error.message}\n${problems.map(formatProblem).join("\n")}`);
      }
      throw error;
    } finally {
      process.off("SIGINT", interrupt);
      process.off("SIGTERM", interrupt);
    }
  });

  withDatabaseOptions(
    program
      .command("export")
      .description("write an organisation's history in the debrief-history format")
      .requiredOption("--org <org>", "the organisation's id or name")
      .option("--out <file>", "write to this file instead of standard output"),
  ).action(async (options: DatabaseOptions & { org: string; out?: string }) => {
    await withDatabase(options, async (database) => {
      const org = await findOrganization(database.db, options.org);
      // Written beside the target and renamed at the end, so an interrupted export leaves no half file.
      const partial = options.out ? `${options.out}.partial` : undefined;
      const out = partial ? createWriteStream(partial) : process.stdout;
      try {
        for await (const line of exportHistory(database.db, org.orgId)) {
          if (!out.write(line)) await once(out, "drain");
        }
        if (partial && options.out) {
          await new Promise<void>((resolve, reject) =>
            (out as ReturnType<typeof createWriteStream>).end((e?: Error | null) => (e ? reject(e) : resolve())),
          );
          await rename(partial, options.out);
        }
      } catch (error) {
        if (partial) await rm(partial, { force: true });
        throw error;
      }
    });
  });
}

function describeSummary(s: ImportSummary): string {
  const part = (name: string, c: { created: number; updated: number; unchanged: number }) =>
    `${name}: ${c.created} new, ${c.updated} updated, ${c.unchanged} unchanged`;
  return [
    `${s.lines.toLocaleString("en")} lines.`,
    part("interviewers", s.interviewers),
    part("candidates", s.candidates),
    part("questions", s.questions),
    `${part("interviews", s.interviews)} (${s.events.toLocaleString("en")} events written)`,
    part("outcomes", s.outcomes),
    part("offers", s.offers),
  ].join("\n");
}
