import { describe, expect, it } from "vitest";
import { takeTypedKey, typedAhead } from "./typeAhead";

describe("keys typed before the text field opens", () => {
  it("are the text's first characters, corrections included", () => {
    const typed = typedAhead();
    for (const key of ["a", "s", "k", "x", "Backspace", "s", " ", "N"]) expect(takeTypedKey(typed, key)).toBe(true);
    expect(typed).toEqual({ text: "asks N", ended: null });
  });

  it("end with Enter or Esc, after which keys are the cockpit's again", () => {
    const saved = typedAhead();
    takeTypedKey(saved, "o");
    takeTypedKey(saved, "k");
    takeTypedKey(saved, "Enter");
    expect(saved).toEqual({ text: "ok", ended: "save" });
    expect(takeTypedKey(saved, "n")).toBe(false);
    const left = typedAhead();
    takeTypedKey(left, "Escape");
    expect(left.ended).toBe("leave");
  });

  it("leave keys that do not type alone", () => {
    const typed = typedAhead();
    for (const key of ["Shift", "Tab", "ArrowLeft"]) expect(takeTypedKey(typed, key)).toBe(false);
    expect(typed.text).toBe("");
  });
});
