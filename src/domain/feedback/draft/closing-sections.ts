// The last sections: what to practise next (from the checklist's concerns and the hints' topics), then, only
// where the organisation's policy lets the candidate see them, the scores and the decision. They come last
// so that the feedback is read for its specifics before any verdict.
import { builtInScoreDimensions, checklistItems, isConcern } from "../assessment.js";
import { checklistWording, topicWording, withLanguage } from "./checklist-wording.js";
import type { DraftInput } from "./input.js";
import type { TimelineFacts } from "./timeline-facts.js";
import { capitalise } from "./wording.js";

export function practiceSection(input: DraftInput, facts: TimelineFacts): string[] {
  const language = facts.finalSnapshot?.language ?? null;
  const practice = new Map<string, string>();
  for (const item of checklistItems) {
    const response = input.checklist.find((candidate) => candidate.itemId === item.id);
    if (response && response.answer !== "not_applicable" && isConcern(item, response.answer)) {
      practice.set(item.id, withLanguage(checklistWording[item.id].practice, language));
    }
  }
  // Hint topics in the order the hints came; one the checklist already covers is not said twice.
  for (const hint of facts.hints) {
    const slug = hint.topic?.trim();
    if (!slug) continue;
    const wording = topicWording(slug, input.hintTopics ?? []);
    if (!practice.has(wording.key)) practice.set(wording.key, withLanguage(wording.practice, language));
  }
  const body =
    practice.size === 0
      ? "Neither the checklist nor the hints point at one thing to practise above the others."
      : [...practice.values()].map((text) => `- ${capitalise(text)}.`).join("\n");
  return ["## What to practise next", body];
}

export function outcomeSection(input: DraftInput): string[] {
  const { assessment, policy } = input;
  if (!assessment || (!policy.includeScores && !policy.includeOutcome)) return [];
  const heading =
    policy.includeScores && policy.includeOutcome
      ? "## Scores and decision"
      : policy.includeScores
        ? "## Scores"
        : "## Decision";
  const blocks = [heading];
  if (policy.includeScores) {
    const labels = new Map<string, string>(
      [...builtInScoreDimensions, ...(input.dimensions ?? [])].map((dimension) => [dimension.id, dimension.label]),
    );
    const builtIn: string[] = builtInScoreDimensions.map((dimension) => dimension.id);
    // Built-in dimensions first in their usual order, then the organisation's by name: the same every time.
    const keys = Object.keys(assessment.scores).sort((a, b) => rank(builtIn, a) - rank(builtIn, b) || compare(a, b));
    const lines = keys.map((key) => `- ${labels.get(key) ?? key}: ${assessment.scores[key]} of 4`);
    lines.push(`- Overall: ${assessment.overall} of 4`);
    blocks.push("Each score runs from 1 to 4, where 3 is at the bar.", lines.join("\n"));
  }
  if (policy.includeOutcome) {
    blocks.push(
      assessment.advance
        ? "The decision is to move you forward to the next stage."
        : "The decision this time is not to move forward.",
    );
  }
  return blocks;
}

function rank(order: readonly string[], key: string): number {
  const index = order.indexOf(key);
  return index === -1 ? order.length : index;
}

/** Code-unit order, not localeCompare, which depends on the runtime's locale. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
