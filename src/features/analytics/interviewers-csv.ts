// The interviewers' table of the analytics report as a spreadsheet: one row per interviewer, the same
// figures the Analytics page shows.
import { toCsv } from "../../domain/csv.js";
import type { AnalyticsReportResponse } from "./schemas.js";

const HEADER = [
  "interviewer",
  "external id",
  "interviews",
  "calibration",
  "bias",
  "bias interval low",
  "bias interval high",
  "interviews with later outcomes",
  "candidate experience",
  "ratings",
  "would return rate",
] as const;

export function interviewersCsv(report: AnalyticsReportResponse): string {
  return toCsv(
    HEADER,
    report.interviewers.map((i) => [
      i.name,
      i.externalId,
      i.interviews,
      i.calibration.label.replaceAll("_", " "),
      i.calibration.bias,
      i.calibration.interval?.[0],
      i.calibration.interval?.[1],
      i.calibration.evidence,
      i.candidateExperience.score,
      i.candidateExperience.ratings,
      i.candidateExperience.returnRate,
    ]),
  );
}
