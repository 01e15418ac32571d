// The feedback draft (issue 5): plain Markdown the interviewer edits before release, written from the
// timeline, the checklist, the code annotations and the question's benchmarks. Deterministic and pure: no
// clock, no locale, no network, so the server and the browser write the same draft from the same input.
// The order is fixed: specifics first, benchmarks, the code, what to practise, and the scores and decision
// (only where the policy shows them) last, never first. docs/feedback-draft.md describes it.
import { benchmarkSections } from "./benchmark-sections.js";
import { outcomeSection, practiceSection } from "./closing-sections.js";
import { codeSection } from "./code-section.js";
import type { DraftInput } from "./input.js";
import { sessionSection } from "./session-section.js";
import { readTimeline } from "./timeline-facts.js";

export type { DraftEvent, DraftInput, DraftQuestion, DraftSnapshot, QuestionBenchmarks } from "./input.js";

export function draftFeedback(input: DraftInput): string {
  const facts = readTimeline(input);
  const blocks = [
    ...sessionSection(input, facts),
    ...benchmarkSections(input, facts),
    ...codeSection(input, facts),
    ...practiceSection(input, facts),
    ...outcomeSection(input),
  ];
  return `${blocks.join("\n\n")}\n`;
}
