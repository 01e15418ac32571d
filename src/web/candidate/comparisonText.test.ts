import { describe, expect, it } from "vitest";
import { comparisonSummary } from "./comparisonText";

describe("the comparison's summary line", () => {
  it("leads with being harder on oneself, and says it is common", () => {
    expect(comparisonSummary({ agree: 1, harder: 2, easier: 1, unanswered: 0 })).toBe(
      "On 2 of 4 points you were harder on yourself than your interviewer — that is common. On 1 you were easier on yourself. You agree on 1.",
    );
  });

  it("says so when the two views agree throughout, or only differ the other way", () => {
    expect(comparisonSummary({ agree: 3, harder: 0, easier: 0, unanswered: 0 })).toBe(
      "You and your interviewer agree on every point.",
    );
    expect(comparisonSummary({ agree: 0, harder: 0, easier: 1, unanswered: 1 })).toBe(
      "On 1 of 2 points you were easier on yourself than your interviewer. You left 1 unanswered.",
    );
    expect(comparisonSummary({ agree: 0, harder: 0, easier: 0, unanswered: 0 })).toBe(
      "There is nothing to compare yet.",
    );
  });
});
