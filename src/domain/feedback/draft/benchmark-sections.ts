// The benchmarked sections: when each layer was finished against the strongest performers (or, while the
// question's history is thin, against its author's expected minutes, saying so), hints against par, and how
// far the candidate got against low, mid and top performers.
import { topicWording } from "./checklist-wording.js";
import type { DraftEvent, DraftInput } from "./input.js";
import { completedLayers, type TimelineFacts } from "./timeline-facts.js";
import { atMinute, benchmarkMinutes, capitalise, count, joinList, medianCount, quoted } from "./wording.js";

const STRONGEST = "the strongest performers on this question";

type Reference = { source: "history" | "author"; minutes: number } | null;

/** The figure a layer is compared with: the organisation's history first, the author's estimate instead. */
function layerReference(input: DraftInput, index: number): Reference {
  const history = input.benchmarks?.layers[index]?.topMedianMinutes ?? null;
  if (history !== null) return { source: "history", minutes: history };
  const author = input.question.layers[index]?.expectedMinutes ?? null;
  return author == null ? null : { source: "author", minutes: author };
}

/**
 * "; the strongest performers ... finish it in about 12 minutes", or the author's estimate, or nothing.
 * `first`: the first comparison with its source names it in full, later ones briefly. `othersTimed`:
 * history times other layers, so an untimed one is said to have too few completions.
 */
function referenceClause(reference: Reference, index: number, first: boolean, othersTimed: boolean): string {
  const by = index === 0 ? "in" : "by";
  if (reference?.source === "history") {
    const who = first ? STRONGEST : "the strongest performers";
    return `; ${who} finish it ${by} about ${benchmarkMinutes(reference.minutes)}`;
  }
  if (reference?.source === "author") {
    const who = first
      ? "the question's author estimates that the strongest performers finish it"
      : "the author expects it";
    return `; ${who} ${by} about ${benchmarkMinutes(reference.minutes)}`;
  }
  return othersTimed ? "; too few of the strongest performers have finished it yet to say how long it takes" : "";
}

export function timingsSection(input: DraftInput, facts: TimelineFacts): string[] {
  const layers = input.question.layers;
  if (layers.length === 0) return [];
  const references = layers.map((_, index) => layerReference(input, index));
  const sentences: string[] = [];
  const anyHistory = references.some((reference) => reference?.source === "history");
  const anyAuthor = references.some((reference) => reference?.source === "author");
  // Honest about the source: without history the comparison is with the author's estimate, or with nothing.
  if (!anyHistory && anyAuthor) {
    sentences.push(
      "This question does not have enough past interviews for benchmarks yet, so your times are set against the estimates of the question's author.",
    );
  } else if (!anyHistory && facts.layerCompletedSec.some((seconds) => seconds !== null)) {
    sentences.push(
      "This question does not have enough past interviews for benchmarks yet, and its author gave no expected times, so your times stand on their own.",
    );
  }
  const named = new Set<string>();
  let saidUnfinished = false;
  for (const [index, layer] of layers.entries()) {
    const finished = facts.layerCompletedSec[index] ?? null;
    // Only the first unfinished layer: the ones after it were out of reach, and listing them adds nothing.
    if (finished === null && saidUnfinished) continue;
    const reference = references[index] ?? null;
    const clause = referenceClause(reference, index, !named.has(reference?.source ?? ""), anyHistory);
    if (reference) named.add(reference.source);
    if (finished !== null) {
      sentences.push(`You finished ${quoted(layer.title)} ${atMinute(finished)}${clause}.`);
      continue;
    }
    const started = facts.lastLayerStarted?.layer === index + 1 ? facts.lastLayerStarted : null;
    const own = started
      ? `You moved on to ${quoted(layer.title)} ${atMinute(started.at)} and had not finished it when the session ended`
      : `You did not finish ${quoted(layer.title)} in the session`;
    sentences.push(`${own}${clause}.`);
    saidUnfinished = true;
  }
  return ["## Your timings", sentences.join(" ")];
}

export function hintsSection(input: DraftInput, facts: TimelineFacts): string[] {
  const orgTopics = input.hintTopics ?? [];
  const own =
    facts.hints.length === 0
      ? "You needed no hints."
      : `You needed ${count(facts.hints.length, "hint")}: ${joinList(facts.hints.map((hint) => describeHint(hint, orgTopics)))}.`;
  const par = input.benchmarks?.medianHintsByTier.top ?? null;
  let parSentence: string;
  if (par === null) {
    parSentence =
      "There are too few past interviews of this question yet to say how many hints the strongest performers need.";
  } else {
    const usual = Math.round(par);
    const need = usual === 0 ? "no hints" : usual === 1 ? "about one hint" : `about ${usual} hints`;
    parSentence = `${capitalise(STRONGEST)} usually need ${need}.`;
  }
  return ["## Hints", `${own} ${parSentence}`];
}

function describeHint(hint: DraftEvent, orgTopics: readonly { slug: string; label: string }[]): string {
  const topic = hint.topic?.trim() ? ` about ${topicWording(hint.topic.trim(), orgTopics).about}` : "";
  const text = hint.text?.trim() ? ` (${hint.text.trim()})` : "";
  return `${atMinute(hint.at)}${topic}${text}`;
}

export function layersSection(input: DraftInput, facts: TimelineFacts): string[] {
  const layers = input.question.layers;
  if (layers.length === 0) return [];
  const done = completedLayers(facts);
  const titles = done.map((layer) => quoted(layers[layer - 1]?.title ?? `layer ${layer}`));
  let own: string;
  if (done.length === 0) own = "You did not complete a layer of this question in the session.";
  else if (layers.length === 1) own = `You completed the question's only layer, ${titles[0]}.`;
  else own = `You completed ${done.length} of its ${layers.length} layers: ${joinList(titles)}.`;
  return ["## How far you got", `${own} ${tiersSentence(input)}`];
}

function tiersSentence(input: DraftInput): string {
  const medians = input.benchmarks?.medianLayersByTier;
  const figures = (["low", "mid", "top"] as const).flatMap((tier) => {
    const median = medians?.[tier] ?? null;
    return median === null ? [] : [{ tier, median }];
  });
  if (figures.length === 0) {
    return "There are too few past interviews of this question yet to say how far candidates usually get.";
  }
  const parts = figures.map(({ tier, median }, index) => {
    const layersWord = median === 1 ? "layer" : "layers";
    return index === 0
      ? `${tier} performers usually complete ${medianCount(median)} ${layersWord}`
      : `${tier} performers ${medianCount(median)}`;
  });
  return `On this question, ${joinList(parts)}.`;
}

export function benchmarkSections(input: DraftInput, facts: TimelineFacts): string[] {
  return [...timingsSection(input, facts), ...hintsSection(input, facts), ...layersSection(input, facts)];
}
