import { describe, expect, it } from "vitest";
import { aboutMinutesIn, asSentence, atMinute, benchmarkMinutes, joinList, medianCount } from "./wording.js";

describe("minutes", () => {
  it("says a moment as the clock showed it", () => {
    expect([atMinute(40), atMinute(60), atMinute(19 * 60 + 30), atMinute(38 * 60 + 59)]).toEqual([
      "in the first minute",
      "at 1 minute",
      "at 19 minutes",
      "at 38 minutes",
    ]);
  });

  it("says an approximate moment to the nearest minute", () => {
    expect([aboutMinutesIn(20), aboutMinutesIn(45), aboutMinutesIn(115), aboutMinutesIn(150)]).toEqual([
      "in the first minute",
      "about 1 minute in",
      "about 2 minutes in",
      "about 3 minutes in",
    ]);
  });

  it("rounds benchmarks to whole minutes, never 0", () => {
    expect([benchmarkMinutes(0.2), benchmarkMinutes(12.4), benchmarkMinutes(12.5)]).toEqual([
      "1 minute",
      "12 minutes",
      "13 minutes",
    ]);
  });
});

describe("sentences and lists", () => {
  it("ends the interviewer's words with a full stop, even after a bracket", () => {
    expect([
      asSentence(" sort first "),
      asSentence("Described it as O(n)"),
      asSentence("Why?"),
      asSentence(""),
    ]).toEqual(["sort first.", "Described it as O(n).", "Why?", ""]);
  });

  it("joins lists and medians as people say them", () => {
    expect([joinList(["a"]), joinList(["a", "b"]), joinList(["a", "b", "c"])]).toEqual(["a", "a and b", "a, b and c"]);
    expect([medianCount(2), medianCount(2.5)]).toEqual(["2", "2 or 3"]);
  });
});
