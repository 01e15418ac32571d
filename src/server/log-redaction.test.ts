import { describe, expect, it } from "vitest";
import { withoutLinkToken } from "./serve.js";

describe("request logs", () => {
  it("keep a candidate link's path without its token", () => {
    const token = `fb_${"a".repeat(32)}_${"B".repeat(43)}`;
    expect(withoutLinkToken(`/c/${token}`)).toBe("/c/[token]");
    expect(withoutLinkToken(`/c/${token}?utm=x`)).toBe("/c/[token]?utm=x");
    expect(withoutLinkToken("/candidate")).toBe("/candidate");
    expect(withoutLinkToken("/api/interviews/c/x")).toBe("/api/interviews/c/x");
  });
});
