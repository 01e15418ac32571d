// `debrief analytics`: the organisation's report, as the API's JSON document or as a readable summary.
import type { Command } from "commander";
import type { AnalyticsReport } from "../domain/analytics/types.js";
import { getAnalyticsReport } from "../features/analytics/analytics.js";
import { findOrganization } from "../features/organizations/find-organization.js";
import { type DatabaseOptions, withDatabase, withDatabaseOptions } from "./database-options.js";

export function registerAnalyticsCommand(program: Command): void {
  withDatabaseOptions(
    program
      .command("analytics")
      .description("print the organisation's analytics report")
      .requiredOption("--org <org>", "the organisation's id or name")
      .option("--json", "print the JSON document GET /api/analytics returns"),
  ).action(async (options: DatabaseOptions & { org: string; json?: boolean }) => {
    const report = await withDatabase(options, async (database) => {
      const org = await findOrganization(database.db, options.org);
      return getAnalyticsReport(database.db, org.orgId);
    });
    console.log(options.json ? JSON.stringify(report, null, 2) : describeReport(report));
  });
}

const pct = (rate: number | null) => (rate === null ? "n/a" : `${(rate * 100).toFixed(1)}%`);

function describeReport(r: AnalyticsReport): string {
  const p = r.population;
  const close = p.closeRate;
  const labels = new Map<string, number>();
  for (const i of r.interviewers) labels.set(i.calibration.label, (labels.get(i.calibration.label) ?? 0) + 1);
  return [
    `${p.interviews} interviews, ${p.candidates} candidates, ${p.interviewers} interviewers`,
    `underrate their performance: ${pct(p.underrateRate)} of ${p.selfAssessmentEligible}; overrate: ${pct(p.overrateRate)}`,
    `think they failed when they passed: ${pct(p.thinksFailedWhenPassedRate)} of ${p.thinksFailedEligible}`,
    `perform consistently: ${pct(p.consistentRate)} of ${p.consistencyEligible}`,
    `offers accepted with feedback: ${pct(close.withFeedback.rate)} of ${close.withFeedback.offers}; without: ${pct(close.withoutFeedback.rate)} of ${close.withoutFeedback.offers}` +
      (close.ci95
        ? ` (difference ${pct(close.difference)}, 95% interval ${pct(close.ci95[0])} to ${pct(close.ci95[1])})`
        : ""),
    `interviewers: ${[...labels].map(([label, n]) => `${n} ${label.replace("_", " ")}`).join(", ")}`,
    ...r.questions.map((q) => `${q.title}: ${q.benchmarks.summary}`),
  ].join("\n");
}
