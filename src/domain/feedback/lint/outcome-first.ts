// outcome-first: feedback that opens with the decision. A candidate who reads "unfortunately we won't be
// moving forward" first reads the rest as a justification, and one who reads "congratulations" stops
// reading. The outcome at the end is fine (or left out, by policy); only the lead is checked: the headings
// before the first paragraph, greetings and thanks, and the first sentence with something in it.
import type { LintDocument, TextRange } from "./document.js";
import { findTerms, type Hit, oneOf, phrase, type Term } from "./patterns.js";
import type { LintFinding } from "./types.js";

const message =
  "The outcome comes first: once the candidate has read the decision, they read everything after it as a justification of it.";
const suggestion =
  "Open with a specific observation from the interview, e.g. 'You asked whether the intervals were sorted within the first minute', and give the outcome at the end, if your policy shares it.";

const SPEAKER = oneOf("we", "i", "the team", "the panel", "the hiring team", "we've", "we'd", "we'll", "we're", "i've");
const PROCEED = oneOf(
  "mov(?:e|ing) (?:forward|ahead|on)",
  "proceed(?:ing)?",
  "progress(?:ing)?",
  "advanc(?:e|ing)",
  "continu(?:e|ing) with",
  "go(?:ing)? (?:forward|ahead|further)",
  "tak(?:e|ing) (?:you|your application|your candidacy|things) (?:forward|further)",
  "offer(?:ing)?",
  "extend(?:ing)? (?:you )?an offer",
  "mak(?:e|ing) (?:you )?an offer",
  "hir(?:e|ing)",
  "select(?:ing)?",
  "invit(?:e|ing) you",
);
const NOT_ABLE = oneOf(
  "not",
  "won't",
  "will not",
  "can't",
  "cannot",
  "can not",
  "are unable to",
  "are not able to",
  "aren't able to",
  "unable to",
  "(?:have|has|had) decided not to",
  "decided not to",
  "are not going to",
  "aren't going to",
  "will no longer",
  "(?:are|'re) not",
  "aren't",
  "won't be able to",
  "will not be able to",
  "do not",
  "don't",
  "would not",
  "wouldn't",
  "have chosen not to",
  "chose not to",
);
const STAGE = oneOf(
  "interviews?",
  "rounds?",
  "screens?",
  "phone screen",
  "stages?",
  "assessments?",
  "loop",
  "onsite",
  "on-site",
  "technical(?: interview| round| screen)?",
  "coding (?:interview|round|challenge|test|exercise)",
  "process",
  "application",
  "final round",
);
const CLAUSE_END = "(?=\\s*(?:[.!,;:—–]|$|\\s-\\s|\\s(?:and|but|so|which|with|this|today|overall)\\b))";

export const outcomeTerms: Term[] = [
  // Declines.
  `${SPEAKER} (?:(?:have|has|had) )?${NOT_ABLE} (?:be )?(?:able to )?${PROCEED}`,
  `not (?:be )?(?:moving|going|proceeding|progressing|taking (?:you|your application)) (?:forward|ahead|further)`,
  `(?:regret|sorry) to (?:inform|tell|say|let you know|share|report)`,
  `(?:with|it is with|it's with) (?:great |deep )?regret`,
  `(?:decided|chose|chosen|elected|opted|decided instead|going) to (?:go|move|proceed|continue) (?:forward |ahead )?with (?:other|another|a different|a more|someone)`,
  `(?:other|another|stronger|more (?:experienced|suitable|qualified)) (?:candidates?|applicants?) (?:whose|who|that|for)`,
  `(?:position|role|vacancy) has (?:now )?been filled`,
  `(?:you|your application|your candidacy)(?:'ve| have| has)? (?:not been|wasn't|was not|were not|weren't|haven't been|hasn't been|has not been|have not been) (?:successful|selected|shortlisted|chosen|accepted|approved)`,
  `(?:you|your application|your candidacy)(?:'re| are| were| was| is| has been| have been) (?:unsuccessful|rejected|declined|not selected|not successful|turned down)`,
  `(?:we|i)(?:'ve| have)? (?:rejected|declined|turned down) (?:you|your application|your candidacy)`,
  `(?:decided|chosen|chose|had|have|has|must|going|need) to (?:reject|decline|turn down) (?:you|your)`,
  `unfortunately,? (?:you|your (?:application|interview|candidacy|performance)) (?:did not|didn't|have not|haven't|has not|hasn't|were not|weren't|was not|wasn't|will not|won't|are not|aren't|do not|don't)`,
  `unfortunately,? ${SPEAKER} (?:(?:have|had) )?(?:${NOT_ABLE}|must|need to|have to|had to|decided to|have decided to)`,
  `(?:we(?:'re|'ll| are| will)|i(?:'m| am)) (?:going to |have to |had to |decided to |going to have to |be )?pass(?:ing)? on (?:you|your)`,
  // Passes and fails.
  `(?:you|the candidate|they|he|she)(?:'ve| have| has)? (?:passed|failed|did not pass|didn't pass|did pass|have not passed|haven't passed|not passed)(?: (?:the|this|our|today's|your) ${STAGE})?${CLAUSE_END}`,
  `(?:you|the candidate|they|he|she)(?:'ve| have| has)? (?:passed|failed|did not pass|didn't pass) (?:the|this|our|today's|your) ${STAGE}`,
  `(?:you|the candidate|they|he|she) (?:did not|didn't|did) make it (?:through|to the next|past)`,
  `(?:you|the candidate)(?:'re| are| have been|'ve been| will be|'ll be| were) (?:through|moving|moved|progressing|advancing|invited|selected|shortlisted) (?:to|on|forward|through|for|into)`,
  `(?:you|the candidate)(?:'ve| have)? (?:made it|got|gotten|gone|passed) (?:through )?to the (?:next|final|onsite|on-site)`,
  `(?:(?:move|moving|advance|advancing|invite|inviting|progress|progressing|bring|bringing|take|taking) you (?:forward|on|through|to (?:the )?(?:next|final|onsite|on-site)))`,
  `(?:next|final) (?:rounds?|stages?|steps?) (?:of|in) (?:the |our )?(?:process|interviews?|hiring|recruitment|loop)`,
  `(?:pleased|happy|delighted|excited|thrilled|glad) to (?:(?:inform you|let you know|tell you|say|share) (?:that )?(?:you|we|your)|inform|announce|offer|invite|extend|confirm)`,
  `(?:love|like|want) to (?:have you (?:join|on board|on the team|aboard)|welcome you)`,
  `welcome (?:you )?(?:aboard|on board|to the team)`,
  `congrat(?:ulation)?s(?: on (?:passing|getting|making|advancing|moving|being|your (?:offer|success|selection)))?`,
  // Offers and hiring decisions.
  `(?:extend|make|making|extending|send|sending|offer|offering) (?:you )?(?:an|the|a formal|a verbal|our) offer`,
  `offer you (?:the|a|this) (?:role|position|job)`,
  `(?:you(?:'ve| have)?|you will|you'll) (?:receive|received|got|get|earned|been given) (?:an|the|a formal) offer`,
  `(?:no|an|the) offer (?:will|won't|is|isn't|was|wasn't|has|hasn't) (?:be )?(?:made|extended|coming|forthcoming)`,
  `(?:strong |lean |weak |definite )?(?:no[- ])?hire(?:/no[- ]hire)?${CLAUSE_END}`,
  `(?:strong|lean|weak|definite) (?:no[- ])?hire`,
  `no[- ]hire`,
  `(?:not |won't |will not |would not |wouldn't |decided to |decided not to |going to |not going to |like to |'d like to |would like to )hire you`,
  `you(?:'re| are| were| have been|'ve been| will be|'ll be| won't be| will not be| are not| aren't) (?:not )?hired`,
  `(?:hiring|final) decision`,
  `recommend(?:ed|ing)? (?:(?:for|to) )?(?:hire|hiring|an offer|rejection|reject|advancing|moving forward)`,
  // A verdict line: "Outcome: no hire", "Decision - advance".
  `(?:outcome|result|decision|verdict|recommendation|status) ?[:—–-] ?(?:a )?(?:pass(?:ed)?|fail(?:ed)?|(?:strong |lean )?(?:no[- ])?hire|yes|no|reject(?:ed)?|advance(?:d)?|proceed|move forward|(?:not )?selected|offer|declined?|successful|unsuccessful|through|rejection)`,
].map((source) => ({ pattern: phrase(source), message, suggestion }));

/**
 * The lead: the headings before the first paragraph, then sentences up to and including the first one that
 * is not only a greeting or thanks (across paragraphs, for a "Hi Sam," on a line of its own).
 */
export function leadOf(doc: LintDocument): TextRange[] {
  const lead: TextRange[] = [];
  for (const block of doc.blocks) {
    if (block.kind === "heading") {
      lead.push(block);
      continue;
    }
    for (const sentence of block.sentences) {
      lead.push(sentence);
      if (!isPleasantry(doc.prose.slice(sentence.start, sentence.end))) return lead;
    }
  }
  return lead;
}

const GREETING = /^(?:hi|hello|hey|dear|greetings|good (?:morning|afternoon|evening))\b/i;
const THANKS =
  /^(?:thank you|thanks|many thanks|i hope|hope you|it was (?:a pleasure|great|nice|lovely|good)|(?:i|we) (?:really )?enjoyed (?:meeting|talking|speaking|our))\b/i;
const wordCount = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

function isPleasantry(sentence: string): boolean {
  const text = sentence.trim();
  if (GREETING.test(text)) return wordCount(text) <= 5;
  return THANKS.test(text) && wordCount(text) <= 25 && !/\b(?:but|however|unfortunately)\b/i.test(text);
}

export function outcomeFirst(doc: LintDocument): LintFinding[] {
  return findTerms(doc, outcomeTerms, leadOf(doc)).map((hit: Hit) => ({
    rule: "outcome-first",
    severity: "error",
    start: hit.start,
    end: hit.end,
    message: hit.term.message,
    suggestion: hit.term.suggestion,
  }));
}
