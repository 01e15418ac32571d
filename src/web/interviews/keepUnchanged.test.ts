import { describe, expect, it } from "vitest";
import { keepUnchanged } from "./keepUnchanged";

const note = (id: string, text: string | null = null) => ({
  id,
  at: 1,
  text,
  failed: null as null | { status: number },
});

describe("a list merged anew", () => {
  it("is the previous list itself when nothing in it changed", () => {
    const previous = [note("a"), note("b", "x")];
    expect(keepUnchanged(previous, [note("a"), note("b", "x")])).toBe(previous);
  });

  it("keeps the unchanged entries' objects and takes the changed and new ones", () => {
    const previous = [note("a"), note("b")];
    const next = keepUnchanged(previous, [note("a"), note("b", "changed"), note("c")]);
    expect(next[0]).toBe(previous[0]);
    expect(next[1]).not.toBe(previous[1]);
    expect(next[1]?.text).toBe("changed");
    expect(next.map((entry) => entry.id)).toEqual(["a", "b", "c"]);
  });

  it("compares nested fields by value, and notices a change in order", () => {
    const previous = [{ ...note("a"), failed: { status: 409 } }, note("b")];
    const same = keepUnchanged(previous, [{ ...note("a"), failed: { status: 409 } }, note("b")]);
    expect(same).toBe(previous);
    const reordered = keepUnchanged(previous, [note("b"), { ...note("a"), failed: { status: 409 } }]);
    expect(reordered).not.toBe(previous);
    expect(reordered[0]).toBe(previous[1]);
  });
});
