// The feedback linter (docs/linter.md): what the API, the CLI and the editor import.
export { hasErrors, lintFeedback } from "./lint-feedback.js";
export {
  type LintFinding,
  type LintRule,
  type LintSeverity,
  lintRules,
  lintSeverities,
  ruleSeverity,
  ruleTitles,
} from "./types.js";
