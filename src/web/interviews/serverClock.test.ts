import { describe, expect, it } from "vitest";
import { boundsFromDateHeader, narrowBounds, offsetWithin } from "./serverClock";

// The server's clock is 90 s ahead of the laptop's; each answer takes 20 ms to come back.
const ahead = 90_000;
const at = (clientMs: number) => {
  const serverMs = clientMs + 10 + ahead; // the server answers halfway through the round trip
  return boundsFromDateHeader(new Date(Math.floor(serverMs / 1000) * 1000).toUTCString(), clientMs, clientMs + 20);
};

describe("the server's clock offset", () => {
  it("is bounded by one answer to within a second", () => {
    const bounds = at(1_700_000_000_250);
    expect(bounds).not.toBeNull();
    if (!bounds) return;
    expect(bounds.low).toBeLessThanOrEqual(ahead);
    expect(bounds.high).toBeGreaterThanOrEqual(ahead);
    expect(bounds.high - bounds.low).toBeLessThanOrEqual(1020);
  });

  it("is narrowed to a tenth of a second by a round of answers at different fractions of a second", () => {
    let bounds = null;
    for (let i = 0; i < 10; i++) {
      const sample = at(1_700_000_000_250 + i * 1300);
      if (sample) bounds = narrowBounds(bounds, sample);
    }
    expect(bounds).not.toBeNull();
    if (!bounds) return;
    expect(bounds.low).toBeLessThanOrEqual(ahead);
    expect(bounds.high).toBeGreaterThanOrEqual(ahead);
    expect(bounds.high - bounds.low).toBeLessThanOrEqual(130);
    expect(Math.abs(offsetWithin(bounds) - ahead)).toBeLessThanOrEqual(65);
  });

  it("starts again from an answer that contradicts what was known (the laptop's clock was changed)", () => {
    const before = { low: ahead - 50, high: ahead + 50 };
    const after = { low: 3_600_000 - 500, high: 3_600_000 + 500 };
    expect(narrowBounds(before, after)).toEqual(after);
  });

  it("is 0, the laptop's own clock, until the server has answered", () => {
    expect(offsetWithin(null)).toBe(0);
  });

  it("ignores an answer without a readable date", () => {
    expect(boundsFromDateHeader("not a date", 1000, 1020)).toBeNull();
  });
});
