import type { Db } from "../../data/database.js";
import { buildAnalyticsReport, explainCalibration } from "../../domain/analytics/index.js";
import type { AnalyticsReport } from "../../domain/analytics/types.js";
import { notFound } from "../../domain/errors.js";
import { loadAnalyticsInput } from "./load-analytics-input.js";

// Reports being computed, per database and organisation. A request that arrives while one is being computed
// shares it rather than start another: its figures are then those of a snapshot taken moments before it
// arrived, and a busy analytics page costs one computation at a time, not one per viewer.
const computing = new WeakMap<Db, Map<string, Promise<AnalyticsReport>>>();

/** The organisation's analytics report (spec/analytics.md). */
export function getAnalyticsReport(db: Db, orgId: string): Promise<AnalyticsReport> {
  let forDb = computing.get(db);
  if (!forDb) {
    forDb = new Map();
    computing.set(db, forDb);
  }
  const running = forDb.get(orgId);
  if (running) return running;
  const report = loadAnalyticsInput(db, orgId)
    .then(buildAnalyticsReport)
    .finally(() => forDb.delete(orgId));
  forDb.set(orgId, report);
  return report;
}

/** One interviewer's own calibration and candidate experience, with what they mean in words. */
export async function getOwnCalibration(db: Db, orgId: string, userId: string) {
  const report = await getAnalyticsReport(db, orgId);
  const mine = report.interviewers.find((i) => i.id === userId);
  if (!mine) throw notFound("Your interviewer record");
  return { interviewer: mine, explanation: explainCalibration(mine), population: report.population };
}
