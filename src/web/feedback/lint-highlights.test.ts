import { describe, expect, it } from "vitest";
import type { LintFinding } from "../../domain/feedback/lint";
import { describeFindings, highlightSegments, rebaseFindings } from "./lint-highlights";

const finding = (start: number, end: number, severity: LintFinding["severity"] = "warning"): LintFinding => ({
  rule: severity === "error" ? "protected-characteristic" : "vague",
  severity,
  start,
  end,
  message: "m",
});

describe("highlightSegments", () => {
  it("cuts the text into runs that together are the text, marking the flagged ones", () => {
    const text = "She is young. Good job.";
    const findings = [finding(7, 12, "error"), finding(14, 22)];
    const segments = highlightSegments(text, findings);
    expect(segments.map((s) => s.text).join("")).toBe(text);
    expect(segments.map((s) => [s.text, s.severity])).toEqual([
      ["She is ", undefined],
      ["young", "error"],
      [". ", undefined],
      ["Good job", "warning"],
      [".", undefined],
    ]);
  });

  it("draws the most severe finding where findings overlap", () => {
    const segments = highlightSegments("abcdef", [finding(0, 4), finding(2, 6, "error")]);
    expect(segments.map((s) => [s.text, s.finding, s.severity])).toEqual([
      ["ab", 0, "warning"],
      ["cd", 1, "error"],
      ["ef", 1, "error"],
    ]);
  });

  it("ignores findings that do not fit the text (from an older text)", () => {
    expect(highlightSegments("abc", [finding(2, 10)]).map((s) => s.text)).toEqual(["abc"]);
    expect(highlightSegments("", [])).toEqual([]);
  });
});

describe("rebaseFindings", () => {
  const before = "Good job. She is young.";
  const findings = [finding(0, 8), finding(17, 22, "error")];

  it("moves the findings after an edit with the text, and keeps those before it", () => {
    const after = "Good job. Then she is young.";
    const moved = rebaseFindings(before, after, findings);
    expect(moved.map((f) => after.slice(f.start, f.end))).toEqual(["Good job", "young"]);
  });

  it("drops a finding the edit touches", () => {
    const after = "Good jab. She is young.";
    expect(rebaseFindings(before, after, findings).map((f) => after.slice(f.start, f.end))).toEqual(["young"]);
  });

  it("keeps everything when nothing changed", () => {
    expect(rebaseFindings(before, before, findings)).toEqual(findings);
  });
});

describe("describeFindings", () => {
  it("counts errors and warnings", () => {
    expect(describeFindings([])).toBe("No findings");
    expect(describeFindings([finding(0, 1, "error")])).toBe("1 error");
    expect(describeFindings([finding(0, 1), finding(1, 2)])).toBe("2 warnings");
    expect(describeFindings([finding(0, 1, "error"), finding(1, 2)])).toBe("1 error and 1 warning");
  });
});
