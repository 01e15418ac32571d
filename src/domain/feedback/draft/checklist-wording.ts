// What the draft says for each checklist answer and each hint topic: a sentence about the behaviour the
// interviewer saw, and what to practise when it is a concern. Worded about what was done, never about the
// person, and specific enough that the linter has no vague praise to flag.
import type { ChecklistItemId } from "../assessment.js";

interface ItemWording {
  /** Said when the answer is not a concern. */
  observed: string;
  /** Said when it is ("partly" included). */
  concern: string;
  /** A clause after "Practise": what to work on. */
  practice: string;
}

/** `{language}` is replaced by the final snapshot's language, or "your language" without one. */
export const checklistWording: Record<ChecklistItemId, ItemWording> = {
  constraints_asked: {
    observed: "You pinned down the constraints before you started building.",
    concern: "You started building before the constraints were pinned down.",
    practice: "pinning down the input, the constraints and the edge cases before you start building",
  },
  snippets_to_improve: {
    observed: "No part of your code stood out as needing rework.",
    concern: "Some parts of your code could have been simpler or clearer.",
    practice: "rereading each block of code you write and asking whether a simpler form says the same",
  },
  more_efficient: {
    observed: "Your solution reached the efficient bound the question asks for.",
    concern: "The solution could have been more efficient.",
    practice: "asking, once a first solution works, whether a better bound exists and what it would take",
  },
  tradeoffs_discussed: {
    observed: "You discussed the trade-offs between the approaches and reasoned about them out loud.",
    concern: "You said little about the trade-offs between the approaches you considered.",
    practice: "naming the alternatives at each decision and saying why you chose one",
  },
  complexity_mistakes: {
    observed: "You stated the time and space complexity of your solution correctly.",
    concern: "Some of your complexity claims were off.",
    practice: "stating the time and space complexity of each step as you go, and checking it",
  },
  idiomatic_language: {
    observed: "Your code used {language}'s own idioms.",
    concern: "In places your code did not use {language}'s own idioms.",
    practice: "the standard library and idioms of {language}",
  },
  tools_without_reasons: {
    observed: "You gave the requirement behind each component before naming a tool for it.",
    concern: "You named specific tools (a database, a load balancer) before saying why they fit.",
    practice: "giving the requirement behind each component before naming a product for it",
  },
};

/** Hint topics whose practice is already a checklist item's: one line in "What to practise", not two. */
const topicToItem: Record<string, ChecklistItemId> = {
  complexity: "complexity_mistakes",
  "edge-cases": "constraints_asked",
  language: "idiomatic_language",
};

const builtInTopicWording: Record<string, { about: string; practice: string }> = {
  "data-structure": {
    about: "the data structure",
    practice: "choosing the data structure from the operations you need most often",
  },
  complexity: { about: "complexity", practice: checklistWording.complexity_mistakes.practice },
  "off-by-one": {
    about: "an off-by-one error",
    practice: "tracing loop bounds and indices on a small example before you run the code",
  },
  "edge-cases": {
    about: "edge cases",
    practice: "listing the edge cases (empty input, one element, duplicates) before you write code",
  },
  approach: { about: "the approach", practice: "sketching two approaches and comparing them before you commit to one" },
  language: { about: "the language", practice: checklistWording.idiomatic_language.practice },
};

export interface TopicWording {
  /** Dedupe key: a checklist item's id, or the topic's own slug. */
  key: string;
  /** After "a hint about ...". */
  about: string;
  practice: string;
}

/** How a hint's topic is said; the organisation's own topics by their label. */
export function topicWording(slug: string, orgTopics: readonly { slug: string; label: string }[]): TopicWording {
  const builtIn = builtInTopicWording[slug];
  if (builtIn) return { key: topicToItem[slug] ?? slug, ...builtIn };
  const label = orgTopics.find((topic) => topic.slug === slug)?.label ?? slug.replaceAll("-", " ");
  return { key: slug, about: label, practice: `${label}, where you needed a hint` };
}

export function withLanguage(text: string, language: string | null): string {
  return text.replaceAll("{language}", language ?? "your language");
}
