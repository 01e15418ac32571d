// The feedback as the rules read it. Feedback is Markdown, and quotes the candidate's code: code, links'
// addresses and markup are blanked out (replaced by spaces, line breaks kept) so that every offset into the
// prose is an offset into the original text, and a candidate's `child` or `master` is never read as prose.
// Blocks (headings, paragraphs, list items) and their sentences are what "first sentence" and "nothing
// specific behind it" are judged on.

export interface TextRange {
  start: number;
  end: number;
}

export interface Block extends TextRange {
  /** A heading: `#` lines, setext underlines, or a line that is bold and nothing else. */
  kind: "heading" | "text";
  sentences: TextRange[];
}

export interface LintDocument {
  text: string;
  /** The text with code, addresses and markup blanked: same length, same offsets, same line breaks. */
  prose: string;
  /** Where code was: fenced and indented blocks, lines that read as code, code spans, identifiers. */
  code: TextRange[];
  blocks: Block[];
  /** Every sentence of every block, in order. */
  sentences: TextRange[];
  /** For each sentence, the index of its block. */
  sentenceBlocks: number[];
}

export function readDocument(text: string): LintDocument {
  const chars = text.split("");
  const code: TextRange[] = [];
  const blank = (start: number, end: number, isCode: boolean) => {
    for (let i = start; i < end; i++) if (chars[i] !== "\n") chars[i] = " ";
    if (isCode && end > start) code.push({ start, end });
  };

  blankCodeLines(text, blank);
  const structural = chars.join("");
  blankInline(structural, blank);
  const prose = chars.join("");
  const blocks = findBlocks(structural, prose);
  code.sort((a, b) => a.start - b.start);
  return {
    text,
    prose,
    code,
    blocks,
    sentences: blocks.flatMap((b) => b.sentences),
    sentenceBlocks: blocks.flatMap((b, i) => b.sentences.map(() => i)),
  };
}

interface Line extends TextRange {
  text: string;
}

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    const newline = text.indexOf("\n", start);
    const end = newline === -1 ? text.length : newline;
    lines.push({ start, end, text: text.slice(start, end) });
    if (newline === -1) break;
    start = newline + 1;
  }
  return lines;
}

const isBlank = (line: string) => line.trim() === "";
const LIST_ITEM = /^\s{0,8}(?:[-*+]|\d{1,9}[.)])\s+/;

/**
 * Fenced blocks (``` or ~~~, to the closing fence or the end), indented blocks (four spaces or a tab after a
 * blank line, outside a list), and unfenced lines that read as code: interviewers paste code without fences.
 */
function blankCodeLines(text: string, blank: (start: number, end: number, isCode: boolean) => void) {
  const lines = linesOf(text);
  let fence: { char: string; length: number } | undefined;
  let previousProse: string | undefined; // the last non-blank line that is not code
  let previousBlank = true;
  let inIndentedCode = false;
  for (const line of lines) {
    if (fence) {
      blank(line.start, line.end, true);
      const closing = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(line.text);
      if (closing?.[1]?.[0] === fence.char && closing[1].length >= fence.length) fence = undefined;
      continue;
    }
    const opening = /^ {0,3}(`{3,}|~{3,})/.exec(line.text);
    if (opening?.[1]) {
      fence = { char: opening[1][0] ?? "`", length: opening[1].length };
      blank(line.start, line.end, true);
      inIndentedCode = false;
      continue;
    }
    if (isBlank(line.text)) {
      previousBlank = true;
      continue;
    }
    const indented = /^(?: {4}|\t)/.test(line.text);
    const inList = previousProse !== undefined && (LIST_ITEM.test(previousProse) || /^\s{2,}/.test(previousProse));
    if (indented && (inIndentedCode || (previousBlank && !inList))) {
      blank(line.start, line.end, true);
      inIndentedCode = true;
    } else if (readsAsCode(line.text)) {
      blank(line.start, line.end, true);
      inIndentedCode = false;
    } else {
      inIndentedCode = false;
      previousProse = line.text;
    }
    previousBlank = false;
  }
}

const CODE_STARTS = [
  "def\\s+\\w+\\s*\\(",
  "class\\s+\\w+\\s*[(:{<]",
  "class\\s+\\w+\\s+(?:extends|implements)\\b",
  "(?:async\\s+)?function\\s*\\w*\\s*\\(",
  "(?:pub\\s+)?fn\\s+\\w+\\s*[(<]",
  "func\\s+\\w+\\s*\\(",
  "(?:const|let|var)\\s+[\\w{[]+\\s*[=:]",
  "import\\s+.+\\s+from\\s+['\"]",
  "import\\s+[\\w.]+;?$",
  "from\\s+[\\w.]+\\s+import\\s",
  "#include\\b",
  "package\\s+[\\w.]+;?$",
  "(?:public|private|protected)\\s+(?:(?:static|final|async|readonly|override)\\s+)*[\\w<>[\\],]+\\s+\\w+\\s*[(=;]",
  "return\\b.*;$",
  "(?:for|while|if|switch)\\s*\\(.*(?:[{;]|\\))$",
  "(?:elif|else|try|finally)\\s*:",
  "except(?:\\s+\\w+(?:\\s+as\\s+\\w+)?)?\\s*:$",
  "\\}\\s*else\\b",
  "@\\w+\\s*$",
  "\\/\\/",
  "#!\\/",
]
  .map((start) => `(?:${start})`)
  .join("|");
const CODE_START = new RegExp(`^(?:${CODE_STARTS})`);

/**
 * A line of code pasted as it is: it starts like code (`def f(`, `for (...) {`, `const x =`), ends like code
 * (an opening brace, an assignment or a call and a semicolon), is only closing brackets, or is mostly
 * braces and operators. Parentheses alone do not count: prose has "(1) brute force, (2) O(n log n)".
 */
function readsAsCode(line: string): boolean {
  const trimmed = line.trim();
  if (LIST_ITEM.test(line) && !/[;{}]\s*$/.test(trimmed)) return false;
  if (CODE_START.test(trimmed)) return true;
  if (/\{$|=>\s*\{?$/.test(trimmed)) return true;
  if (/;$/.test(trimmed) && /=|\w\(|\+\+|--/.test(trimmed)) return true;
  if (/^[}\])]+[;,)]*$/.test(trimmed)) return true;
  const symbols = trimmed.replace(/[^{}[\];=<>&|]/g, "").length;
  const visible = trimmed.replace(/\s/g, "").length;
  return symbols >= 4 && symbols / visible >= 0.15;
}

/** Code spans, comments, tags, addresses, identifiers, and the emphasis markers around words. */
function blankInline(text: string, blank: (start: number, end: number, isCode: boolean) => void) {
  // Code spans: a run of n backticks up to the next run of exactly n; an unclosed run is literal.
  const runs = [...text.matchAll(/`+/g)].map((m) => ({ start: m.index ?? 0, length: m[0].length }));
  const byLength = new Map<number, number[]>(); // run length → indices into runs, in order
  runs.forEach((run, i) => {
    const same = byLength.get(run.length);
    if (same) same.push(i);
    else byLength.set(run.length, [i]);
  });
  const cursor = new Map<number, number>();
  for (let i = 0; i < runs.length; i++) {
    const open = runs[i] as { start: number; length: number };
    const same = byLength.get(open.length) ?? [];
    let k = cursor.get(open.length) ?? 0;
    while (k < same.length && (same[k] as number) <= i) k++;
    cursor.set(open.length, k);
    if (k === same.length) continue;
    const closeIndex = same[k] as number;
    const close = runs[closeIndex] as { start: number; length: number };
    blank(open.start, close.start + close.length, true);
    i = closeIndex;
  }
  const patterns: [RegExp, boolean][] = [
    [/<!--[\s\S]*?(?:-->|$)/g, false],
    [/<\/?[a-zA-Z][^<>\n]{0,300}>/g, false],
    [/^[ \t]*\[[^\]\n]+\]:[ \t]*\S.*$/gm, false], // link reference definitions
    [/\]\([^()\s]{0,2000}(?:\s+"[^"\n]{0,300}")?\)/g, false], // a link's address, after its text
    [/\b(?:https?|ftp|file):\/\/[^\s<>]+|\bwww\.[^\s<>]+/gi, false],
    [/(?<![\w./-])(?:\.{0,2}\/)?(?:[\w.-]+\/[\w.-]+\/[\w./-]+|[\w-]+\/[\w-]+\.\w{1,5}\b)/g, true], // paths
    // Identifiers: snake_case, camelCase, dotted.names, calls(), $vars, --flags.
    // Each starts at the start of a word, so that a long word is tried once, not at every letter.
    [/(?<![\p{L}\p{N}_$])[\p{L}\p{N}_$]*?(?:[\p{L}\p{N}]_[\p{L}\p{N}]|\p{Ll}\p{Lu})[\p{L}\p{N}_$]*/gu, true],
    [/(?<![\p{L}\p{N}_$.])[\p{L}_$][\p{L}\p{N}_$]*(?:\.[\p{L}_$][\p{L}\p{N}_$]*)+(?:\(\))?/gu, true],
    [/(?<![\p{L}\p{N}_$])[\p{L}_$][\p{L}\p{N}_$]*\(\)/gu, true],
    [/(?<![\p{L}\p{N}])(?:\$|--)[\p{L}][\p{L}\p{N}_-]*/gu, true],
    [/^[ \t]*(?:>[ \t]?)+/gm, false], // quote markers
    [/\\[*_~`]/g, false],
    [/[*_~]+/g, false],
  ];
  for (const [pattern, isCode] of patterns) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index ?? 0;
      blank(start, start + match[0].length, isCode);
    }
  }
}

const ATX_HEADING = /^ {0,3}#{1,6}(?:\s|$)/;
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)\s*$/;
const THEMATIC_BREAK = /^ {0,3}(?:(?:\*\s*){3,}|(?:-\s*){3,}|(?:_\s*){3,})$/;
const TABLE_DELIMITER = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/;
const BOLD_LINE = /^\s*(?:\*\*|__)[^*_\n].*?(?:\*\*|__)[:.]?\s*$/;

function findBlocks(structural: string, prose: string): Block[] {
  const blocks: Block[] = [];
  let current: TextRange | undefined;
  const close = (kind: Block["kind"] = "text") => {
    if (current) push(current.start, current.end, kind);
    current = undefined;
  };
  const push = (start: number, end: number, kind: Block["kind"]) => {
    const range = trimRange(prose, start, end);
    if (range.end > range.start) blocks.push({ ...range, kind, sentences: splitSentences(prose, range) });
  };

  for (const line of linesOf(structural)) {
    const text = line.text;
    if (isBlank(text)) {
      close();
    } else if (SETEXT_UNDERLINE.test(text) && current) {
      close("heading");
    } else if (THEMATIC_BREAK.test(text) || TABLE_DELIMITER.test(text)) {
      close();
    } else if (ATX_HEADING.test(text) || BOLD_LINE.test(text)) {
      close();
      push(line.start, line.end, "heading");
    } else if (LIST_ITEM.test(text) || /^\s*\|/.test(text)) {
      close();
      current = { start: line.start, end: line.end };
    } else if (current) {
      current.end = line.end;
    } else {
      current = { start: line.start, end: line.end };
    }
  }
  close();
  return blocks;
}

function trimRange(text: string, start: number, end: number): TextRange {
  let s = start;
  let e = end;
  // Markdown's own markers (heading hashes, list bullets, quote marks, table pipes) are not prose.
  while (s < e && /[\s#>|]/.test(text[s] ?? "")) s++;
  const bullet = /^(?:[-+]|\d{1,9}[.)])\s+/.exec(text.slice(s, e));
  if (bullet) s += bullet[0].length;
  while (e > s && /[\s#|]/.test(text[e - 1] ?? "")) e--;
  return { start: s, end: e };
}

const SENTENCE_END = /[.!?…]+["'”’)\]]*(?=\s|$)/g;

/**
 * Sentences end at `.`, `!`, `?` or `…` before white space. A full stop followed by a lower-case letter
 * ("approx. five", "vs. the") does not end one; abbreviations like "e.g." were blanked as identifiers.
 */
export function splitSentences(prose: string, range: TextRange): TextRange[] {
  const sentences: TextRange[] = [];
  const body = prose.slice(range.start, range.end);
  let start = 0;
  for (const match of body.matchAll(SENTENCE_END)) {
    const end = (match.index ?? 0) + match[0].length;
    const next = /\S/.exec(body.slice(end));
    if (match[0].startsWith(".") && next && /\p{Ll}/u.test(next[0])) continue;
    pushSentence(sentences, prose, range.start + start, range.start + end);
    start = end;
  }
  pushSentence(sentences, prose, range.start + start, range.end);
  return sentences;
}

function pushSentence(sentences: TextRange[], prose: string, start: number, end: number) {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(prose[s] ?? "")) s++;
  while (e > s && /\s/.test(prose[e - 1] ?? "")) e--;
  if (e > s && /[\p{L}\p{N}]/u.test(prose.slice(s, e))) sentences.push({ start: s, end: e });
}

/** The sentence a position falls in, if any, with the sentences before and after it in the same block. */
export function sentenceAt(
  doc: LintDocument,
  offset: number,
): { sentence: TextRange; previous?: TextRange; next?: TextRange } | undefined {
  let low = 0;
  let high = doc.sentences.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const sentence = doc.sentences[mid] as TextRange;
    if (offset < sentence.start) high = mid - 1;
    else if (offset >= sentence.end) low = mid + 1;
    else {
      const block = doc.sentenceBlocks[mid];
      const inBlock = (i: number) => (doc.sentenceBlocks[i] === block ? doc.sentences[i] : undefined);
      return { sentence, previous: inBlock(mid - 1), next: inBlock(mid + 1) };
    }
  }
  return undefined;
}

/** Whether any code was blanked inside the range. */
export const containsCode = (doc: LintDocument, range: TextRange) =>
  doc.code.some((c) => c.start < range.end && c.end > range.start);
