import { canSeeAnalytics } from "../../domain/policies.js";
import type { App } from "../../server/context.js";
import { authorize, requirePrincipal } from "../auth/authenticate.js";
import { ErrorResponse } from "../shared/schemas.js";
import { sendCsv } from "../shared/send-csv.js";
import { getAnalyticsReport, getOwnCalibration } from "./analytics.js";
import { interviewersCsv } from "./interviewers-csv.js";
import { AnalyticsReportSchema, OwnCalibration } from "./schemas.js";

const tags = ["analytics"];
const errors = { 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse };

export async function analyticsRoutes(app: App) {
  const db = () => app.ctx.database.db;

  app.get(
    "/api/analytics",
    {
      schema: {
        tags,
        summary: "The organisation's analytics report (admins and recruiters)",
        description:
          "Population figures, each interviewer's calibration and candidate experience, and question benchmarks, as defined in spec/analytics.md; the same document as `debrief analytics --json`.",
        response: { 200: AnalyticsReportSchema, ...errors },
      },
    },
    async (request) => {
      const principal = await requirePrincipal(db(), request);
      authorize(canSeeAnalytics(principal));
      return getAnalyticsReport(db(), principal.orgId);
    },
  );

  app.get(
    "/api/analytics/interviewers.csv",
    {
      schema: {
        tags,
        summary: "Each interviewer's calibration and candidate experience, as CSV for a spreadsheet",
        description:
          "The interviewers' table of `GET /api/analytics`. Text that a spreadsheet would run as a formula (starting with =, +, -, @) is written with a leading apostrophe.",
        produces: ["text/csv"],
        response: errors,
      },
    },
    async (request, reply) => {
      const principal = await requirePrincipal(db(), request);
      authorize(canSeeAnalytics(principal));
      const report = await getAnalyticsReport(db(), principal.orgId);
      return sendCsv(reply, `debrief-interviewers-${report.generatedAt.slice(0, 10)}.csv`, interviewersCsv(report));
    },
  );

  app.get(
    "/api/analytics/me",
    {
      schema: {
        tags,
        summary: "My own calibration and candidate experience, with what they mean",
        response: { 200: OwnCalibration, ...errors },
      },
    },
    async (request) => {
      const principal = await requirePrincipal(db(), request);
      return getOwnCalibration(db(), principal.orgId, principal.userId);
    },
  );
}
