import { describe, expect, it } from "vitest";
import { cleanSentences, flaggedSentences } from "./corpus.js";
import { lintFeedback } from "./lint-feedback.js";

const quoted = (text: string, findings: ReturnType<typeof lintFeedback>) =>
  findings.map((f) => `${f.rule}: "${text.slice(f.start, f.end)}"`);

describe("the corpus", () => {
  it.each(flaggedSentences)("flags $rule in: $text", ({ rule, text, words }) => {
    const findings = lintFeedback(text);
    const ofRule = findings.filter((f) => f.rule === rule);
    expect(ofRule.length, `found only ${JSON.stringify(quoted(text, findings))}`).toBeGreaterThan(0);
    if (words) {
      const covered = ofRule.some((f) => f.start <= text.indexOf(words) && text.indexOf(words) + words.length <= f.end);
      expect(covered, `"${words}" is not covered by ${JSON.stringify(quoted(text, ofRule))}`).toBe(true);
    }
  });

  it.each(cleanSentences)("flags nothing in: $text", ({ text }) => {
    expect(quoted(text, lintFeedback(text))).toEqual([]);
  });

  it("holds enough sentences of every rule to mean something", () => {
    for (const rule of ["outcome-first", "protected-characteristic", "personal-judgement", "vague"] as const) {
      expect(flaggedSentences.filter((s) => s.rule === rule).length, rule).toBeGreaterThanOrEqual(15);
    }
    expect(cleanSentences.length).toBeGreaterThanOrEqual(60);
  });
});
