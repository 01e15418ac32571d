// vague: praise or criticism with nothing specific behind it. "Good job" and "needs improvement" tell the
// candidate neither what to keep doing nor what to change. A vague phrase is fine when its sentence says
// what it is about: a number (a time, a line, a count), code, a quotation, a reason ("because", "when",
// "by ..."), a colon followed by the details, or at least three words of its own besides the phrase
// ("good job handling the empty input first"). An exclamation of a few words ("Well done!") is fine beside
// a sentence of the same paragraph that has the specifics.
import { containsCode, type LintDocument, sentenceAt, type TextRange } from "./document.js";
import { findTerms, type Hit, oneOf, phrase, type Term } from "./patterns.js";
import type { LintFinding } from "./types.js";

const message =
  "This says how it went without saying what happened, so the candidate cannot tell what to repeat or change.";
const praiseSuggestion =
  "Say what they did and why it worked, e.g. 'You handled the empty list before writing the loop, so the first version was already correct'.";
const criticismSuggestion =
  "Say what happened and what to do differently, e.g. 'You started coding at 2 minutes; spending the first 5 on edge cases would have caught the touching intervals'.";

const GOOD = oneOf(
  "good",
  "great",
  "nice",
  "excellent",
  "awesome",
  "amazing",
  "fantastic",
  "solid",
  "decent",
  "terrific",
  "wonderful",
  "brilliant",
  "superb",
  "outstanding",
  "impressive",
  "strong",
  "stellar",
  "fine",
  "ok",
  "okay",
  "alright",
  "all right",
  "reasonable",
  "satisfactory",
  "adequate",
  "acceptable",
  "pretty good",
  "not bad",
);
const BAD = oneOf(
  "poor",
  "weak",
  "bad",
  "mediocre",
  "subpar",
  "sub-par",
  "underwhelming",
  "disappointing",
  "lacking",
  "average",
  "so-so",
  "not great",
  "not good",
  "not good enough",
  "not (?:very |that )?strong",
  "sloppy",
  "messy",
  "unimpressive",
  "unsatisfactory",
  "inadequate",
  "below average",
  "rough",
);
const QUALIFIER =
  "(?:really |very |pretty |quite |fairly |reasonably |super |so |genuinely |generally |mostly |overall |a bit |somewhat |rather |a little )*";
const VERDICT_END = `(?: (?:overall|in general|today|on the whole|all round|all around|as a whole|in (?:the|this|today's|your) (?:interview|session|round|exercise)|on (?:the|this) (?:interview|question|exercise|problem|task|round)))?(?=\\s*(?:[.!;,?)]|$|\\s(?:and|but|though|although|so)\\b))`;
const WORK = oneOf(
  "job",
  "work",
  "effort",
  "stuff",
  "performance",
  "interview",
  "session",
  "showing",
  "attempt",
  "going",
  "start",
  "result",
  "results",
  "round",
  "answer",
  "answers",
);
const VAGUE_SUBJECT = oneOf(
  "things",
  "it all",
  "it",
  "that",
  "this",
  "overall",
  "everything",
  "all of it",
  `(?:your|the) (?:code|solution|answers?|approach|performance|communication|design|explanation|interview|work|coding|testing|problem[- ]solving|thinking|reasoning|attempt|effort|session|result|overall (?:performance|impression)|technical skills|skills|fundamentals|implementation)`,
);

/** "You were", "she seemed": a verdict on how the candidate did, with nothing after it. */
const PERSON_SUBJECT = `${oneOf("you", "he", "she", "they", "the candidate")}(?:'re|'s| were| are| was| is| seemed| seem| seems| looked| came across as| felt)`;

interface Entry {
  source: string;
  suggestion: string;
}

const praise: string[] = [
  `(?:${GOOD}|${BAD}) ${WORK}(?![-\\p{L}])`,
  "well done(?!-)",
  "keep it up|keep up the (?:good|great) work",
  `did (?:a |an |such a )?${QUALIFIER}(?:${GOOD}|poor|bad|terrible|weak|lousy) job${VERDICT_END}`,
  `did ${QUALIFIER}(?:well|good|great|fine|okay|ok|alright|all right|amazing|awesome|fantastic|brilliant|excellent)${VERDICT_END}`,
  `perform(?:ed|s)? ${QUALIFIER}(?:well|strongly|fine|okay|ok|adequately|admirably|great|brilliantly)${VERDICT_END}`,
  `${VAGUE_SUBJECT} (?:was|were|is|are|looked|looks|seemed|seems|felt|came across as|went) ${QUALIFIER}(?:${GOOD}|well|great)${VERDICT_END}`,
  `(?:overall|generally|all in all|on the whole|in general),? (?:a |it was (?:a )?|you were |you did (?:a )?|your performance was (?:a )?|it went )?${QUALIFIER}(?:${GOOD}|well)(?: (?:job|performance|interview|session|effort|showing|result|work))?${VERDICT_END}`,
  `(?:${GOOD}) (?:communication|communicator|problem[- ]solving|problem[- ]solver|coding|coder|(?:technical |coding )?skills|fundamentals|understanding|knowledge|grasp|energy|thinking)${VERDICT_END}`,
  `(?:pretty good|not bad|so-so|meh|ok-ish|okay-ish|good enough)${VERDICT_END}`,
  `${PERSON_SUBJECT} ${QUALIFIER}(?:${GOOD}|great|amazing|excellent|fantastic|awesome|brilliant)${VERDICT_END}`,
  `(?:above|met|meets|exceeded|exceeds|raised|raises|cleared|clears|at) (?:the |our |my )?(?:bar|expectations)`,
];

const criticism: string[] = [
  `needs? (?:some |a lot of |a lot more |lots of |more |much |significant |serious |further |a bit of |a little |a little more |a bit more )?(?:improvement|improving|work|polish|polishing|practice|attention)(?![-\\p{L}])`,
  `needs? to (?:improve|be better|do better|get better|work on (?:it|this|that|things))${VERDICT_END}`,
  "(?:room|space|scope) for (?:improvement|growth)|areas? (?:for|of|to) (?:improvement|growth|development)",
  `could (?:be|have been|do|have done|get|use|have gone) (?:a lot |a bit |much |somewhat |a little |way |far |slightly )?(?:better|stronger|improved|cleaner|improvement|some work|more work|more polish)`,
  `(?:not|wasn't|isn't|weren't|aren't) (?:quite |really |very )?(?:good|great|strong|clean|clear|solid) enough`,
  "not (?:quite )?there yet|not quite there|not up to (?:the )?(?:mark|par|standard|scratch)|missed the mark|f[ae]ll short|falls short|left (?:a lot|much|something) to be desired|below (?:par|average)",
  `(?:did not|didn't|does not|doesn't|did not quite|didn't quite) (?:meet|reach|clear) (?:the |our |my )?(?:bar|expectations|standard)|(?:below|under|short of) (?:the |our |my )?(?:bar|expectations)`,
  `(?:should|could|must|needs to|need to) (?:improve|be improved|get better|do better)${VERDICT_END}`,
  `did ${QUALIFIER}(?:poorly|badly|not (?:so |very |that )?well|terribly|okay-ish)${VERDICT_END}`,
  `(?:did not|didn't) (?:do )?(?:so |very |that |particularly |too |all that )?(?:well|great|good)${VERDICT_END}`,
  `perform(?:ed|s)? ${QUALIFIER}(?:poorly|badly|weakly|below (?:par|expectations)|not (?:so |very |that )?well)${VERDICT_END}`,
  `${VAGUE_SUBJECT} (?:was|were|is|are|looked|looks|seemed|seems|felt|came across as|went) ${QUALIFIER}(?:${BAD}|badly|poorly|not (?:so |very |that )?well)${VERDICT_END}`,
  `(?:overall|generally|all in all|on the whole|in general),? (?:a |it was (?:a )?|you were |you did (?:a )?|your performance was (?:a )?|it went )?${QUALIFIER}(?:${BAD}|poorly|badly)(?: (?:job|performance|interview|session|effort|showing|result|work))?${VERDICT_END}`,
  `(?:${BAD}) (?:communication|communicator|problem[- ]solving|problem[- ]solver|coding|coder|(?:technical |coding )?skills|fundamentals|understanding|knowledge|grasp|thinking)${VERDICT_END}`,
  `${PERSON_SUBJECT} ${QUALIFIER}(?:${BAD}|disappointing|underwhelming|not (?:so |very |that )?(?:good|great|strong))${VERDICT_END}`,
  `(?:some|a few|several|many|lots of|a lot of|a number of|various) (?:issues|problems|mistakes|concerns|gaps|weaknesses|things to improve|rough edges|red flags)${VERDICT_END}`,
  "gut (?:feeling|feel|says|instinct|reaction)|something (?:was |felt |seemed )?off|(?:just )?(?:didn't|did not) (?:feel|seem|sit) right|not sure about (?:him|her|them)|(?:good|bad|great|weird|mixed) (?:feeling|feelings|impression|vibe|vibes) about",
];

const entries: Entry[] = [
  ...praise.map((source) => ({ source, suggestion: praiseSuggestion })),
  ...criticism.map((source) => ({ source, suggestion: criticismSuggestion })),
];

export const vagueTerms: Term[] = entries.map((entry) => ({
  pattern: phrase(entry.source),
  message,
  suggestion: entry.suggestion,
}));

const CONNECTIVE = phrase(
  oneOf(
    "because",
    "since",
    "so that",
    "which",
    "when",
    "whenever",
    "where",
    "whereas",
    "while",
    "by \\p{L}+ing",
    "for example",
    "for instance",
    "e\\.g",
    "i\\.e",
    "such as",
    "in particular",
    "specifically",
    "especially",
    "the way you",
    "how you",
    "after",
    "before",
    "until",
    "without",
    "instead of",
    "rather than",
    "compared (?:to|with)",
    "thanks to",
    "due to",
    "given",
    "namely",
  ),
);
const QUOTE = /["“”«»]|(?<![\p{L}\p{N}])'[^'\n]{3,}'(?![\p{L}\p{N}])|O\(/u;

const STOPWORDS = new Set(
  `a an the and or but so yet nor it its it's this that these those there here you your yours you're you've
  he him his she her hers they them their theirs we us our ours i me my mine was were is are be been being am
  do did does doing done have has had having to of in on at for with as by from into onto about up out over
  off than then too very really quite pretty just also some more most much many all any each every both few
  lot lots bit little overall generally general think thought feel felt seemed seems seem looked looks look
  well good great nice fine okay ok job work effort interview session today i'd i'm that's it's there's can
  could would should will shall may might must not no yes one thing things stuff way really definitely
  probably certainly maybe perhaps though although however still again always never ever even only like
  kind sort keep going need needs needed improvement improve better best worse worst`.split(/\s+/),
);

function contentWords(text: string): number {
  let count = 0;
  for (const word of text.toLowerCase().match(/[\p{L}']+/gu) ?? []) {
    if (word.length >= 3 && !STOPWORDS.has(word.replace(/’/g, "'"))) count++;
  }
  return count;
}

/** The range's text with the vague phrases blanked, from the original (for "e.g.") and the prose (for words). */
function outsideHits(doc: LintDocument, range: TextRange, hits: readonly Hit[]): { original: string; prose: string } {
  let original = doc.text.slice(range.start, range.end);
  let prose = doc.prose.slice(range.start, range.end);
  for (const hit of hits) {
    if (hit.end <= range.start || hit.start >= range.end) continue;
    const from = Math.max(hit.start, range.start) - range.start;
    const to = Math.min(hit.end, range.end) - range.start;
    const gap = " ".repeat(to - from);
    original = original.slice(0, from) + gap + original.slice(to);
    prose = prose.slice(0, from) + gap + prose.slice(to);
  }
  return { original, prose };
}

function hasSpecifics(doc: LintDocument, range: TextRange, hits: readonly Hit[]): boolean {
  if (containsCode(doc, range)) return true;
  const { original, prose } = outsideHits(doc, range, hits);
  CONNECTIVE.lastIndex = 0;
  return (
    /\d/.test(original) ||
    QUOTE.test(original) ||
    CONNECTIVE.test(original) ||
    /:\s*[\p{L}\p{N}]/u.test(prose) ||
    contentWords(prose) >= 3
  );
}

export function vague(doc: LintDocument): LintFinding[] {
  // Each hit with its sentence, and the hits of each sentence, so that a long text stays linear.
  const placed = findTerms(doc, vagueTerms).map((hit) => ({ hit, place: sentenceAt(doc, hit.start) }));
  const hitsOf = new Map<TextRange, Hit[]>();
  for (const { hit, place } of placed) {
    if (!place) continue;
    const hits = hitsOf.get(place.sentence);
    if (hits) hits.push(hit);
    else hitsOf.set(place.sentence, [hit]);
  }
  const specific = (sentence: TextRange) => hasSpecifics(doc, sentence, hitsOf.get(sentence) ?? []);

  const findings: LintFinding[] = [];
  for (const { hit, place } of placed) {
    const sentence = place?.sentence ?? hit;
    const hits = hitsOf.get(sentence) ?? [hit];
    if (hasSpecifics(doc, sentence, hits)) continue;
    // "Well done!" beside the sentence that says what was done well: an exclamation of a few words only.
    const words = doc.prose.slice(sentence.start, sentence.end).match(/[\p{L}\p{N}']+/gu)?.length ?? 0;
    const bare = words <= 4 && contentWords(outsideHits(doc, sentence, hits).prose) === 0;
    if (bare && [place?.previous, place?.next].some((n) => n !== undefined && specific(n))) continue;
    findings.push({
      rule: "vague",
      severity: "warning",
      start: hit.start,
      end: hit.end,
      message: hit.term.message,
      suggestion: hit.term.suggestion,
    });
  }
  return findings;
}
