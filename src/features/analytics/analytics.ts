import type { Db } from "../../data/database.js";
import { buildAnalyticsReport, explainCalibration } from "../../domain/analytics/index.js";
import type { AnalyticsReport } from "../../domain/analytics/types.js";
import { notFound } from "../../domain/errors.js";
import { loadAnalyticsInput } from "./load-analytics-input.js";

/** The organisation's analytics report (spec/analytics.md). */
export async function getAnalyticsReport(db: Db, orgId: string): Promise<AnalyticsReport> {
  return buildAnalyticsReport(await loadAnalyticsInput(db, orgId));
}

/** One interviewer's own calibration and candidate experience, with what they mean in words. */
export async function getOwnCalibration(db: Db, orgId: string, userId: string) {
  const report = await getAnalyticsReport(db, orgId);
  const mine = report.interviewers.find((i) => i.id === userId);
  if (!mine) throw notFound("Your interviewer record");
  return { interviewer: mine, explanation: explainCalibration(mine), population: report.population };
}
