// POST /api/feedback/lint: the feedback's text in, the linter's findings out (docs/linter.md).
import { z } from "zod";
import { lintRules, lintSeverities } from "../../domain/feedback/lint/types.js";

/** The largest feedback the linter reads: far more than any feedback, well under the 1 MiB body limit. */
export const MAX_LINT_TEXT = 100_000;

export const LintFeedbackBody = z.object({
  // Not trimmed: the findings' offsets are offsets into exactly this text.
  text: z
    .string({ error: "expected the feedback's text" })
    .max(MAX_LINT_TEXT, `expected at most ${MAX_LINT_TEXT} characters`)
    .describe("The feedback, in Markdown. Code (fenced, indented or in backticks) is not linted."),
});

export const LintFinding = z
  .object({
    rule: z.enum(lintRules),
    severity: z
      .enum(lintSeverities)
      .describe("`error` holds release back until it is overridden with a written reason; `warning` advises."),
    start: z.number().int().min(0).describe("UTF-16 offset of the first flagged character in `text`."),
    end: z.number().int().min(0).describe("UTF-16 offset just past the last flagged character."),
    message: z.string().describe("Why this is a problem, in one sentence."),
    suggestion: z.string().optional().describe("A behaviour-based way to say it instead."),
  })
  .meta({ id: "LintFinding" });

export const LintFeedbackResult = z
  .object({ findings: z.array(LintFinding).describe("Sorted by `start`.") })
  .meta({ id: "LintFeedbackResult" });
