// The feedback linter over HTTP, for editors other than ours and for scripts. The web app runs the same
// linter in the browser as the interviewer types; this answers the same findings for the same text.
import { lintFeedback } from "../../domain/feedback/lint/index.js";
import type { App } from "../../server/context.js";
import { requirePrincipal } from "../auth/authenticate.js";
import { ErrorResponse } from "../shared/schemas.js";
import { LintFeedbackBody, LintFeedbackResult } from "./lint-schemas.js";

const tags = ["feedback"];
const errors = { 400: ErrorResponse, 401: ErrorResponse };

export async function feedbackLintRoutes(app: App) {
  const db = () => app.ctx.database.db;

  app.post(
    "/api/feedback/lint",
    {
      schema: {
        tags,
        summary:
          "Lint feedback before release: the outcome first, protected characteristics, judgements of the person, vague statements",
        body: LintFeedbackBody,
        response: { 200: LintFeedbackResult, ...errors },
      },
    },
    async (request) => {
      // Anyone signed in to an organisation may lint: it reads nothing and writes nothing.
      await requirePrincipal(db(), request);
      return { findings: lintFeedback(request.body.text) };
    },
  );
}
