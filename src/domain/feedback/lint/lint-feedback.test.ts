import { describe, expect, it } from "vitest";
import { cleanSentences, flaggedSentences } from "./corpus.js";
import { hasErrors, type LintFinding, lintFeedback, lintRules, ruleSeverity } from "./index.js";
import { outcomeTerms } from "./outcome-first.js";
import { personalTerms } from "./personal-judgement.js";
import { protectedTerms } from "./protected-characteristic.js";
import { vagueTerms } from "./vague.js";

const flagged = (text: string) => lintFeedback(text).map((f) => [f.rule, text.slice(f.start, f.end)]);

describe("lintFeedback", () => {
  it("reports each finding with its rule, severity, UTF-16 offsets, message and suggestion", () => {
    const text = "🙂 You were lazy about the tests.";
    const [finding] = lintFeedback(text);
    expect(finding).toEqual({
      rule: "personal-judgement",
      severity: "warning",
      start: text.indexOf("lazy"),
      end: text.indexOf("lazy") + 4,
      message: expect.any(String),
      suggestion: expect.any(String),
    });
    expect(text.indexOf("lazy")).toBe(12); // the emoji counts as two UTF-16 units
  });

  it("sorts findings by where they start, across rules", () => {
    const text = "Congratulations! She is young. Good job. He was rude.";
    const findings = lintFeedback(text);
    expect(findings.map((f) => f.rule)).toEqual([
      "outcome-first",
      "protected-characteristic",
      "vague",
      "personal-judgement",
    ]);
    expect(findings.map((f) => f.start)).toEqual([...findings.map((f) => f.start)].sort((a, b) => a - b));
  });

  it("gives errors for the outcome first and for protected characteristics, warnings for the rest", () => {
    expect(ruleSeverity).toEqual({
      "outcome-first": "error",
      "protected-characteristic": "error",
      "personal-judgement": "warning",
      vague: "warning",
    });
    for (const finding of lintFeedback("Unfortunately we won't proceed. She is pregnant. You were lazy. Good job.")) {
      expect(finding.severity, finding.rule).toBe(ruleSeverity[finding.rule]);
    }
  });

  it("explains every finding in one sentence and suggests a rewording with an example", () => {
    const text = [
      "Unfortunately, we will not be moving forward.",
      "She has young kids and a strong accent, and is not a culture fit; he is older than the team, deaf and Catholic.",
      "You were lazy and not smart; you were brilliant.",
      "Good job. Needs improvement.",
    ].join("\n\n");
    const findings = lintFeedback(text);
    expect(new Set(findings.map((f) => f.rule))).toEqual(new Set(lintRules));
    for (const f of findings) {
      expect(f.message, f.message).toMatch(/^[A-Z'].*\.$/);
      expect(f.message.replace(/e\.g\./g, "").slice(0, -1), f.message).not.toMatch(/[.!?]\s/);
      expect(f.suggestion, f.message).toMatch(/e\.g\. '.+'/);
    }
  });

  it("suggests rewordings that it would not flag itself", () => {
    const suggestions = new Set(
      [...outcomeTerms, ...protectedTerms, ...personalTerms, ...vagueTerms].map((t) => t.suggestion),
    );
    for (const suggestion of suggestions) {
      const example = /e\.g\. '(.+)'/.exec(suggestion)?.[1];
      expect(example, suggestion).toBeDefined();
      expect(flagged(example ?? ""), example).toEqual([]);
    }
  });

  it("reports one finding where several phrases of a rule overlap", () => {
    expect(flagged("You did a really good job today.")).toEqual([["vague", "did a really good job today"]]);
  });

  it("reads the outcome only in the lead: headings, greetings and the first sentence", () => {
    expect(flagged("# Result: no hire\n\nYou asked about the input.")).toEqual([["outcome-first", "Result: no hire"]]);
    expect(flagged("Hi Sam,\n\nThanks for your time.\n\nWe won't be moving forward.")).toEqual([
      ["outcome-first", "We won't be moving forward"],
    ]);
    expect(flagged("You asked about the input at 0:40.\n\nWe won't be moving forward.")).toEqual([]);
    expect(flagged("## How it went\n\nYou asked about the input at 0:40.\n\n## Outcome: no hire")).toEqual([]);
  });

  it("does not read code: a candidate's `child` or `master` is not a word about a person", () => {
    const text = [
      "You asked whether the input could be empty before writing this:",
      "",
      "```python",
      "def walk(node, old_children, master):",
      "    for child in node.children: walk(child, [], master)",
      "```",
      "",
      "Using `her_kids` as a name and `isOldMan()` as a check was odd, as was `young` in the loop.",
    ].join("\n");
    expect(flagged(text)).toEqual([]);
  });

  it("tells the technical sense of a word from the personal one", () => {
    expect(flagged("The node's children are in an array; her children are at school.")).toEqual([
      ["protected-characteristic", "her children"],
    ]);
    expect(flagged("The old API is fine. An older engineer wrote it.")).toEqual([
      ["protected-characteristic", "older engineer"],
    ]);
    expect(flagged("The foreign key is missing. He is foreign.")).toEqual([["protected-characteristic", "foreign"]]);
    expect(flagged("Use the accent colour. His accent was strong.")).toEqual([
      ["protected-characteristic", "His accent"],
    ]);
    expect(flagged("The iterator is lazy. You are lazy.")).toEqual([["personal-judgement", "lazy"]]);
  });

  it("accepts a vague phrase that has the specifics beside it", () => {
    expect(flagged("Well done! You found the O(n log n) approach without a hint.")).toEqual([]);
    expect(flagged("Good job handling the empty input first.")).toEqual([]);
    expect(flagged("Good job.")).toEqual([["vague", "Good job"]]);
    expect(flagged("Good job.\n\nYou finished at 21 minutes.")).toEqual([["vague", "Good job"]]);
  });

  it("finds nothing in empty or blank feedback", () => {
    expect(lintFeedback("")).toEqual([]);
    expect(lintFeedback(" \n\n\t ")).toEqual([]);
  });

  it("lints the largest feedback the API accepts in well under a few seconds", () => {
    const paragraph =
      "You asked whether the intervals were sorted within the first minute. Good job. She is young. You were lazy. ";
    const text = paragraph.repeat(Math.ceil(100_000 / paragraph.length)).slice(0, 100_000);
    lintFeedback(text);
    const started = performance.now();
    const findings = lintFeedback(text);
    expect(performance.now() - started).toBeLessThan(3000);
    expect(findings.length).toBeGreaterThan(1000);
  });
});

// Texts put together at random (from a fixed seed, so a failure is repeatable) out of the corpus, Markdown
// and code: whatever the text, the findings keep their promises.
describe("lintFeedback on generated texts", () => {
  function random(seed: number) {
    let state = seed;
    return () => {
      state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
      return state / 2 ** 32;
    };
  }
  const sentences = [...flaggedSentences, ...cleanSentences].map((s) => s.text);
  const pieces = [" ", "\n", "\n\n", "# ", "- ", "**", "_", "> ", "🙂", "e.g. ", "1. ", "|", "~~~\n", "    "];

  it("returns sorted, in-bounds findings that never overlap within a rule or reach into code", () => {
    const next = random(20250304);
    const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)] as T;
    for (let round = 0; round < 150; round++) {
      let text = "";
      const code: [number, number][] = [];
      for (let part = 0; part < 12; part++) {
        const roll = next();
        if (roll < 0.5) text += pick(sentences);
        else if (roll < 0.8) text += pick(pieces);
        else {
          const span = `\`${pick(sentences).replace(/`/g, "")}\``;
          code.push([text.length, text.length + span.length]);
          text += span;
        }
      }
      const findings = lintFeedback(text);
      expect(lintFeedback(text), "the same text, the same findings").toEqual(findings);
      findings.forEach((f, i) => {
        expect(f.start, text).toBeGreaterThanOrEqual(0);
        expect(f.end, text).toBeGreaterThan(f.start);
        expect(f.end, text).toBeLessThanOrEqual(text.length);
        expect(f.severity).toBe(ruleSeverity[f.rule]);
        const previous = findings[i - 1];
        if (previous) expect(previous.start, text).toBeLessThanOrEqual(f.start);
        for (const other of findings.slice(i + 1)) {
          if (other.rule === f.rule) expect(other.start >= f.end || other.end <= f.start, text).toBe(true);
        }
        for (const [from, to] of code) expect(f.end <= from || f.start >= to, `${text}\n${f.rule}`).toBe(true);
      });
    }
  });
});

describe("hasErrors", () => {
  const finding = (rule: LintFinding["rule"]): LintFinding => ({
    rule,
    severity: ruleSeverity[rule],
    start: 0,
    end: 1,
    message: "m",
  });

  it("holds release back for an error, not for warnings", () => {
    expect(hasErrors([finding("vague"), finding("personal-judgement")])).toBe(false);
    expect(hasErrors([finding("vague"), finding("protected-characteristic")])).toBe(true);
    expect(hasErrors([])).toBe(false);
  });
});
