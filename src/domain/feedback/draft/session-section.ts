// "How the session went": the specifics the feedback opens with (how the candidate approached the problem,
// when they started, against the benchmark), then what went well and where it went astray, each with the
// moment it happened.
import { type ChecklistResponse, checklistItems, type EvidenceLink, isConcern } from "../assessment.js";
import { checklistWording, withLanguage } from "./checklist-wording.js";
import type { DraftEvent, DraftInput } from "./input.js";
import type { TimelineFacts } from "./timeline-facts.js";
import {
  aboutMinutesIn,
  asSentence,
  atMinute,
  benchmarkMinuteCount,
  benchmarkMinutes,
  capitalise,
  count,
  lineRange,
  quoted,
} from "./wording.js";

export function sessionSection(input: DraftInput, facts: TimelineFacts): string[] {
  const later = facts.clarifyingAfterCoding.length;
  const opening = [
    clarifyingSentence(facts),
    codingStartSentence(input, facts),
    later > 0 ? `You asked ${count(later, "more question")} after you had started.` : "",
  ]
    .filter(Boolean)
    .join(" ");
  const language = facts.finalSnapshot?.language ?? null;
  const responses = orderedResponses(input.checklist);
  // A praise or mistake note cited as a checklist answer's evidence is said with that answer, not twice.
  const cited = new Set(responses.flatMap(({ response }) => response.evidence.flatMap(eventIdOf)));
  const bullets = (concern: boolean) =>
    responses
      .filter(({ item, response }) => isConcern(item, response.answer) === concern)
      .map(({ item, response }) => {
        const wording = checklistWording[item.id];
        return checklistBullet(withLanguage(concern ? wording.concern : wording.observed, language), response, facts);
      });
  const uncited = (events: DraftEvent[]) => events.filter((event) => !cited.has(event.id)).flatMap(momentBullet);
  const well = [...uncited(facts.praise), ...bullets(false)];
  const astray = [...uncited(facts.mistakes), ...bullets(true)];
  const blocks = ["## How the session went"];
  if (opening) blocks.push(opening);
  if (well.length > 0) blocks.push("### What went well", well.join("\n"));
  if (astray.length > 0) blocks.push("### Where it went astray", astray.join("\n"));
  // Nothing at all was noted: say which session this is rather than open on anything else.
  if (blocks.length === 1) blocks.push(`These notes are about your session on ${quoted(input.question.title)}.`);
  return blocks;
}

function clarifyingSentence(facts: TimelineFacts): string {
  const before = facts.clarifyingBeforeCoding;
  const first = before[0];
  if (!first) return "";
  const when = facts.codingStartedSec === null ? "" : " before you started";
  const firstText = first.text?.trim() ? ` (“${first.text.trim()}”)` : "";
  const which = before.length === 1 ? atMinute(first.at) : `the first ${atMinute(first.at)}`;
  return `You asked ${count(before.length, "clarifying question")}${when}, ${which}${firstText}.`;
}

function codingStartSentence(input: DraftInput, facts: TimelineFacts): string {
  const started = facts.codingStartedSec;
  if (started === null) return "";
  const design = input.question.kind === "system-design";
  const verb = design ? "started on the design" : "started coding";
  const noQuestions = facts.clarifyingBeforeCoding.length === 0 ? " without asking about the input first" : "";
  const own = `You ${verb} ${aboutMinutesIn(started)}${noQuestions}`;
  const benchmark = input.benchmarks?.topMedianCodingStartMinutes ?? null;
  if (benchmark === null) return `${own}.`;
  const mine = Math.round(started / 60);
  const theirs = benchmarkMinuteCount(benchmark);
  const strongest = "the strongest performers on this question";
  if (mine < theirs) {
    return `${own}; ${strongest} spend about ${benchmarkMinutes(benchmark)} on ${design ? "requirements" : "constraints"} first.`;
  }
  if (mine === theirs) return `${own}, about when ${strongest} start.`;
  return `${own}; ${strongest} start after about ${benchmarkMinutes(benchmark)}.`;
}

/** A praise or mistake note, at its moment; a note without words says nothing specific, so it is left out. */
function momentSentence(event: DraftEvent): string[] {
  const text = asSentence(event.text ?? "");
  return text ? [`${capitalise(atMinute(event.at))}: ${text}`] : [];
}

function momentBullet(event: DraftEvent): string[] {
  return momentSentence(event).map((sentence) => `- ${sentence}`);
}

function orderedResponses(checklist: readonly ChecklistResponse[]) {
  return checklistItems.flatMap((item) => {
    const response = checklist.find((candidate) => candidate.itemId === item.id);
    return response && response.answer !== "not_applicable" ? [{ item, response }] : [];
  });
}

function eventIdOf(link: EvidenceLink): string[] {
  return link.kind === "event" ? [link.eventId] : [];
}

/**
 * "- You started building before the constraints were pinned down (in the first minute). Comment." Then the
 * complexity mistakes, then the praise or mistake notes cited as evidence, each at its moment.
 */
function checklistBullet(statement: string, response: ChecklistResponse, facts: TimelineFacts): string {
  const places: string[] = [];
  const notes: string[] = [];
  for (const link of response.evidence) {
    if (link.kind === "code") {
      places.push(lineRange(link.startLine, link.endLine));
      continue;
    }
    const event = facts.events.find((candidate) => candidate.id === link.eventId);
    if (!event) continue;
    // A cited note already says when it happened; other events (a question, a hint) give only their moment.
    // With complexity mistakes spelled out, a cited mistake note would only repeat them: give its moment.
    const spelledOut = event.kind === "mistake" && (response.complexityMistakes?.length ?? 0) > 0;
    const note = (event.kind === "praise" || event.kind === "mistake") && !spelledOut ? momentSentence(event) : [];
    if (note.length > 0) notes.push(...note);
    else places.push(atMinute(event.at));
  }
  const opening = places.length > 0 ? `${statement.replace(/\.$/, "")} (${places.join("; ")}).` : statement;
  const mistakes = (response.complexityMistakes ?? []).map(
    (mistake) =>
      `You described the ${mistake.aspect} complexity of ${mistake.subject} as ${mistake.claimed}; it is ${mistake.actual}.`,
  );
  return `- ${[opening, asSentence(response.comment), ...mistakes, ...notes].filter(Boolean).join(" ")}`;
}
