// How the rules write their phrases, and how a phrase becomes findings. A phrase is a regular expression
// source in which a space stands for any white space (a line break included), " ?" for optional white
// space, and an apostrophe for a straight or curly one; it matches whole words only, and `(?<hit>...)`
// narrows what is highlighted.
import type { LintDocument, TextRange } from "./document.js";

const WORD_CHAR = "\\p{L}\\p{N}";
const START = `(?<![${WORD_CHAR}])`;
const END = `(?![${WORD_CHAR}])`;

const spaced = (source: string) => source.replace(/ \?/g, "\\s*").replace(/ /g, "\\s+").replace(/'/g, "['’]");

export function phrase(source: string, options: { caseSensitive?: boolean } = {}): RegExp {
  return new RegExp(`${START}(?:${spaced(source)})${END}`, options.caseSensitive ? "gud" : "giud");
}

/** Alternatives as one group: `oneOf("a", "b c")` → `(?:a|b c)`. */
export const oneOf = (...alternatives: string[]) => `(?:${alternatives.join("|")})`;

/** Suppresses a phrase when what follows it (after white space or a hyphen) starts with one of these words. */
export const notFollowedBy = (words: string) => `(?!(?:\\s+|-)(?:${words})${END})`;

/** Suppresses a phrase when what comes just before it (and white space) ends with one of these words. */
export const notPrecededBy = (words: string) => `(?<!${START}(?:${words})\\s+)`;

/** The candidate, in the second or third person: never a thing. */
const PERSON = oneOf("you", "he", "she", "the candidate", "this candidate", "candidate");
export const POSSESSIVE = oneOf("his", "her", "their", "your", "the candidate's", "candidate's");

/** "is", "seemed to be", "came across as", and contracted "'re" and "'s". */
const COPULA = `(?:'re|'s|'d be| ${oneOf(
  "are",
  "is",
  "was",
  "were",
  "seems? to be",
  "seemed to be",
  "appears? to be",
  "appeared to be",
  "seems?",
  "seemed",
  "looks?",
  "looked",
  "appears?",
  "appeared",
  "sounds?",
  "sounded",
  "feels?",
  "felt",
  "acts?",
  "acted",
  "comes? across as",
  "came across as",
  "strikes? me as",
  "struck me as",
  "becomes?",
  "became",
  "gets?",
  "got",
  "(?:can|could|might|may|would|will) be",
  "tends? to be",
  "tended to be",
  "(?:is|are|was|were) being",
  "(?:has|have|had) been",
)})`;

/** Words between the verb and the adjective: "a bit", "really", "not that". */
const QUALIFIER = oneOf(
  "a bit",
  "a little",
  "a tad",
  "a touch",
  "a lot",
  "very",
  "really",
  "quite",
  "rather",
  "kind of",
  "kinda",
  "sort of",
  "somewhat",
  "slightly",
  "too",
  "so",
  "extremely",
  "pretty",
  "fairly",
  "incredibly",
  "clearly",
  "obviously",
  "just",
  "generally",
  "overly",
  "definitely",
  "honestly",
  "frankly",
  "simply",
  "super",
  "visibly",
  "noticeably",
  "probably",
  "perhaps",
  "maybe",
  "also",
  "still",
  "genuinely",
  "truly",
  "actually",
  "always",
  "often",
  "sometimes",
  "not",
  "never",
  "that",
  "particularly",
  "all that",
  "a",
  "an",
);

const said = (subject: string, words: string) => `${subject}${COPULA}(?: ${QUALIFIER})* (?<hit>${words})`;

/**
 * An adjective said of someone: "you seemed a bit <words>", "she is <words>", "they were <words>"; only the
 * words are the hit. Said of "you", "he" or "she" it is about a person wherever it is; "they" can be
 * iterators or records, so that reading is not flagged beside technical vocabulary (`ambiguous`).
 */
export const saidOfSomeone = (words: string) => ({ person: said(PERSON, words), they: said("they", words) });

/**
 * Vocabulary that gives an ambiguous word its technical sense: "child" beside "node", "parent" beside
 * "class", "health" beside "cluster". Checked within the same sentence, up to a few words either side.
 */
export const TECHNICAL = phrase(
  oneOf(
    "nodes?",
    "trees?",
    "subtrees?",
    "leaf",
    "leaves",
    "roots?",
    "elements?",
    "dom",
    "process(?:es)?",
    "threads?",
    "components?",
    "class(?:es)?",
    "objects?",
    "instances?",
    "widgets?",
    "windows?",
    "views?",
    "spans?",
    "divs?",
    "director(?:y|ies)",
    "folders?",
    "files?",
    "heaps?",
    "graphs?",
    "matri(?:x|ces)",
    "vertex",
    "vertices",
    "edges?",
    "pointers?",
    "arrays?",
    "lists?",
    "keys?",
    "tables?",
    "rows?",
    "records?",
    "entit(?:y|ies)",
    "branch(?:es)?",
    "commits?",
    "repo(?:sitor(?:y|ies))?s?",
    "git",
    "modules?",
    "packages?",
    "dependenc(?:y|ies)",
    "functions?",
    "methods?",
    "variables?",
    "fields?",
    "columns?",
    "index(?:es)?",
    "indices",
    "quer(?:y|ies)",
    "structs?",
    "types?",
    "interfaces?",
    "props?",
    "selectors?",
    "css",
    "html",
    "xml",
    "json",
    "ui",
    "layout",
    "themes?",
    "palettes?",
    "buttons?",
    "gc",
    "garbage",
    "collectors?",
    "jvm",
    "v8",
    "runtimes?",
    "compilers?",
    "binar(?:y|ies)",
    "librar(?:y|ies)",
    "apis?",
    "endpoints?",
    "services?",
    "servers?",
    "clusters?",
    "containers?",
    "pods?",
    "kubernetes",
    "docker",
    "bst",
    "tries",
    "trie",
    "linked",
    "recursion",
    "recursive(?:ly)?",
    "travers(?:e|al|ing)",
    "bfs",
    "dfs",
    "iterators?",
    "generators?",
    "streams?",
    "evaluation",
    "sequences?",
    "promises?",
    "futures?",
    "caches?",
    "cached",
    "entries",
    "tenured",
    "eden",
    "parsers?",
    "parsing",
    "grammars?",
    "schemas?",
    "databases?",
    "replicas?",
    "shards?",
    "partitions?",
    "loops?",
    "queues?",
    "stacks?",
    "hash(?:es|map|maps)?",
    "maps?",
    "sets?",
    "pipelines?",
    "jobs?",
    "tasks?",
    "requests?",
    "responses?",
    "versions?",
    "releases?",
    "builds?",
  ),
);

/** Whether technical vocabulary is near the range, within its own sentence. */
export function besideTechnicalWords(doc: LintDocument, range: TextRange, vocabulary = TECHNICAL, reach = 48): boolean {
  const before = doc.prose.slice(Math.max(0, range.start - reach), range.start);
  const after = doc.prose.slice(range.end, range.end + reach);
  const ownBefore = before.split(/[.!?](?:\s|$)|\n\s*\n/).pop() ?? "";
  const ownAfter = after.split(/[.!?](?:\s|$)|\n\s*\n/)[0] ?? "";
  vocabulary.lastIndex = 0;
  const found = vocabulary.test(`${ownBefore} ${ownAfter}`);
  vocabulary.lastIndex = 0;
  return found;
}

export interface Term {
  pattern: RegExp;
  /**
   * The word also has a technical sense: not flagged beside technical vocabulary (`true`: the general list,
   * or a list of the words that give this one its technical sense).
   */
  ambiguous?: boolean | RegExp;
  message: string;
  suggestion: string;
}

export interface Hit extends TextRange {
  term: Term;
}

/** Every match of every term in the prose (or in some ranges of it), narrowed to its `hit` group. */
export function findTerms(doc: LintDocument, terms: readonly Term[], within?: readonly TextRange[]): Hit[] {
  const hits: Hit[] = [];
  const ranges = within ?? [{ start: 0, end: doc.prose.length }];
  for (const range of ranges) {
    const slice = doc.prose.slice(range.start, range.end);
    for (const term of terms) {
      term.pattern.lastIndex = 0;
      for (const match of slice.matchAll(term.pattern)) {
        const [from, to] = match.indices?.groups?.hit ?? match.indices?.[0] ?? [0, 0];
        const hit = { start: range.start + from, end: range.start + to, term };
        if (hit.end === hit.start) continue;
        const vocabulary = term.ambiguous === true ? TECHNICAL : term.ambiguous || undefined;
        if (vocabulary && besideTechnicalWords(doc, hit, vocabulary)) continue;
        hits.push(hit);
      }
    }
  }
  return hits;
}
