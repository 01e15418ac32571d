import { describe, expect, it } from "vitest";
import { createThrottle } from "./throttle.js";

describe("the guessing throttle", () => {
  it("refuses an address after the limit within the window, and lets it try again once the window has passed", () => {
    const throttle = createThrottle({ limit: 3, windowMs: 1_000 });
    for (const at of [0, 100, 200]) {
      expect(throttle.retryAfter("a", at)).toBe(0);
      throttle.fail("a", at);
    }
    expect(throttle.retryAfter("a", 300)).toBe(700);
    expect(throttle.retryAfter("b", 300)).toBe(0);
    expect(throttle.retryAfter("a", 999)).toBe(1);
    expect(throttle.retryAfter("a", 1_000)).toBe(0);
  });

  it("forgets the oldest address rather than grow without bound", () => {
    const throttle = createThrottle({ limit: 1, windowMs: 10_000, maxKeys: 2 });
    throttle.fail("a", 0);
    throttle.fail("b", 0);
    throttle.fail("c", 0);
    expect(throttle.retryAfter("a", 1)).toBe(0);
    expect(throttle.retryAfter("c", 1)).toBeGreaterThan(0);
  });
});
