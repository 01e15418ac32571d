// personal-judgement: words about the person rather than the work. "Lazy" or "not smart" tells the
// candidate nothing they can change, and reads as a verdict on who they are; "brilliant" tells them
// nothing they can repeat. Technical senses are spared: lazy evaluation, a dumb terminal, a smart pointer.
import type { LintDocument } from "./document.js";
import { findTerms, notFollowedBy, notPrecededBy, oneOf, phrase, saidOfSomeone, type Term } from "./patterns.js";
import type { LintFinding } from "./types.js";

const aboutThePerson =
  "This judges the person rather than the work: the candidate cannot act on a verdict about who they are.";
const praiseOfThePerson =
  "This praises the person rather than the work: it does not tell the candidate what to keep doing.";

const nameTheStep =
  "Name what they did and what it caused, e.g. 'You said the solution was finished without running the examples through it, and the empty input failed'.";
const describeTheExchange =
  "Describe the exchange itself, e.g. 'When I pointed out the off-by-one, you said the tests were wrong before checking them'.";
const describeWhatHappened =
  "Describe what you saw and how it affected the interview, e.g. 'You were silent for about two minutes before starting; thinking out loud lets the interviewer help sooner'.";
const praiseTheWork =
  "Praise a specific step, e.g. 'You found the O(n log n) approach without a hint, by noticing that sorted intervals only overlap their neighbours'.";

// Senses of "lazy" that are about code: lazy evaluation, lazy loading, a lazy iterator.
const LAZY_TECHNICAL = phrase(
  oneOf(
    "evaluat\\p{L}*",
    "eval",
    "load\\p{L}*",
    "init\\p{L}*",
    "iterat\\p{L}*",
    "generators?",
    "seq\\p{L}*",
    "streams?",
    "vals?",
    "lists?",
    "propert(?:y|ies)",
    "variables?",
    "imports?",
    "static",
    "singletons?",
    "instantiat\\p{L}*",
    "computations?",
    "computed",
    "propagation",
    "deletions?",
    "segment\\p{L}*",
    "fetch\\p{L}*",
    "bindings?",
    "collections?",
    "values?",
    "quer(?:y|ies)",
    "thunks?",
    "promises?",
    "futures?",
    "memo\\p{L}*",
    "haskell",
    "scala",
    "kotlin",
    "rust",
    "python",
    "range",
    "ranges",
    "views?",
    "caches?",
    "caching",
  ),
);

const THING = oneOf(
  "it",
  "this",
  "that",
  "which",
  "approach",
  "solution",
  "code",
  "algorithm",
  "heuristic",
  "design",
  "implementation",
  "function",
  "idea",
  "query",
  "cache",
  "version",
  "one",
  "method",
  "trick",
  "hack",
  "choice",
  "plan",
  "answer",
  "compiler",
  "pointer",
  "system",
  "tool",
);
const PERSON_NOUN = oneOf(
  "candidates?",
  "engineers?",
  "developers?",
  "devs?",
  "programmers?",
  "coders?",
  "hires?",
  "interviewees?",
  "problem[- ]solvers?",
  "persons?",
  "people",
  "guys?",
  "girls?",
);

interface Entry {
  source: string;
  message?: string;
  suggestion: string;
  ambiguous?: boolean | RegExp;
}

// Judgements that are only ever about a person, wherever they appear.
const NEGATIVE_WORDS = oneOf(
  "stupid(?:ity)?",
  "idiot(?:s|ic)?",
  "moron(?:s|ic)?",
  "imbeciles?",
  "dimwit(?:ted)?",
  "dim-witted",
  "half-witted",
  "slow-witted",
  "brainless",
  "incompeten(?:t|ce)",
  "clueless",
  "arrogan(?:t|ce)",
  "cocky",
  "smug",
  "condescending",
  "obnoxious",
  "unprofessional",
  "rude(?:ness)?",
  "unintelligent",
  "unlikeable",
  "unlikable",
  "socially awkward",
  "no social skills",
  "attitude problem",
  "not a team player",
  "no team player",
  "(?:bad|poor|negative|terrible|awful|crappy|shitty) attitude",
  "(?:lacks?|lacked|lacking) (?:passion|drive|motivation|ambition|enthusiasm|personality|charisma|intelligence|common sense)",
  "(?:no|zero) (?:passion|drive|ambition|enthusiasm|personality|charisma|common sense)",
  "(?:a|an) (?:idiot|moron|jerk)",
  "not the (?:sharpest|brightest)(?: (?:tool|knife|pencil|crayon|bulb|spark)(?: in the (?:shed|box|drawer))?)?",
);

// Said of a person, always a judgement: "he was lazy", "you seemed arrogant".
const STRONG = oneOf(
  "lazy",
  "stupid",
  "dumb",
  "dim",
  "dense",
  "thick",
  "arrogant",
  "cocky",
  "rude",
  "incompetent",
  "clueless",
  "hopeless",
  "useless",
  "immature",
  "unprofessional",
  "obnoxious",
  "annoying",
  "weird",
  "boring",
  "dull",
  "smug",
  "unlikeable",
  "unlikable",
  "a mess",
  "a joke",
  "not (?:very |that |particularly |really |so |too |all that |terribly )?(?:smart|bright|intelligent|clever|sharp|talented|gifted)",
);

// Said of a person, a judgement unless the sentence goes on to say at what ("slow at writing tests").
const SOFT = oneOf(
  "slow",
  "sloppy",
  "careless",
  "messy",
  "disorgani[sz]ed",
  "scatterbrained",
  "awkward",
  "difficult",
  "stubborn",
  "defensive",
  "aggressive",
  "abrasive",
  "combative",
  "argumentative",
  "timid",
  "shy",
  "nervous",
  "insecure",
  "quiet",
  "introverted",
  "unmotivated",
  "unenthusiastic",
  "uninterested",
  "naive",
  "naïve",
  "weak",
  "mediocre",
  "average",
  "odd",
  "strange",
  "lacking",
);
const SCOPED = notFollowedBy(
  oneOf("to", "at", "in", "with", "on", "when", "about", "while", "during", "for", "whenever", "if"),
);

const PRAISE = oneOf(
  "smart",
  "bright",
  "brilliant",
  "intelligent",
  "clever",
  "gifted",
  "talented",
  "a genius",
  "a natural",
  "a rock ?star",
  "a star",
  "a ninja",
  "a wizard",
  "a pleasure",
  "naturally gifted",
  "super smart",
);

/** An adjective said of the candidate, and said of "they", which can be things (see `saidOfSomeone`). */
const bothReadings = (
  readings: { person: string; they: string },
  after: string,
  entry: Omit<Entry, "source" | "ambiguous">,
): Entry[] => [
  { ...entry, source: `${readings.person}${after}` },
  { ...entry, source: `${readings.they}${after}`, ambiguous: true },
];

const entries: Entry[] = [
  { source: NEGATIVE_WORDS, suggestion: describeTheExchange },
  {
    source: `lazy${notFollowedBy(oneOf("evaluat\\p{L}*", "eval", "load\\p{L}*", "init\\p{L}*", "iterat\\p{L}*", "seq\\p{L}*", "stream\\p{L}*", "vals?", "lists?", "propert(?:y|ies)", "variables?", "imports?", "static", "singletons?", "instantiat\\p{L}*", "computation\\p{L}*", "propagation", "deletions?", "segment\\p{L}*", "fetch\\p{L}*", "bindings?", "collections?", "values?", "quer(?:y|ies)", "approach", "way"))}`,
    suggestion: nameTheStep,
    ambiguous: LAZY_TECHNICAL,
  },
  {
    source: `dumb(?:er|est)?${notFollowedBy(oneOf("terminals?", "pipes?", "components?", "clients?", "down", "it down", "waiters?", "phones?", "devices?", "proxies", "proxy", "switch(?:es)?", "objects?", "structs?", "containers?", "luck"))}`,
    suggestion: nameTheStep,
    ambiguous: true,
  },
  {
    source: `${notPrecededBy(`${THING}|${THING}(?:'s| is| was| isn't| wasn't| are| were| seems| seemed| looks| looked)`)}not (?:very |that |particularly |really |so |too |all that |terribly |the most |exactly )?(?:smart|bright|intelligent|clever|sharp|talented|gifted)${notFollowedBy(oneOf("pointers?", "contracts?", "quotes?", "constructors?", "casts?", "enough to (?:handle|know|detect)"))}`,
    suggestion: nameTheStep,
    ambiguous: true,
  },
  ...bothReadings(saidOfSomeone(STRONG), "", { suggestion: nameTheStep }),
  ...bothReadings(saidOfSomeone(SOFT), SCOPED, { suggestion: describeWhatHappened }),
  {
    source: `(?:a |an )?(?:weak|poor|bad|mediocre|terrible|awful|below-average|subpar|sub-par|lousy) ${PERSON_NOUN}`,
    suggestion: nameTheStep,
  },
  ...bothReadings(saidOfSomeone(PRAISE), SCOPED, { message: praiseOfThePerson, suggestion: praiseTheWork }),
  {
    source: `(?:a |an )?(?:strong|great|brilliant|excellent|amazing|exceptional|outstanding|fantastic|rock ?star|ninja|10x|natural|born) ${PERSON_NOUN}`,
    message: praiseOfThePerson,
    suggestion: praiseTheWork,
  },
];

export const personalTerms: Term[] = entries.map((entry) => ({
  pattern: phrase(entry.source),
  ambiguous: entry.ambiguous,
  message: entry.message ?? aboutThePerson,
  suggestion: entry.suggestion,
}));

export function personalJudgement(doc: LintDocument): LintFinding[] {
  return findTerms(doc, personalTerms).map((hit) => ({
    rule: "personal-judgement",
    severity: "warning",
    start: hit.start,
    end: hit.end,
    message: hit.term.message,
    suggestion: hit.term.suggestion,
  }));
}
