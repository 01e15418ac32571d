import { describe, expect, it } from "vitest";
import { summarizeEvents } from "./summarize-events.js";

describe("summarizeEvents", () => {
  it("summarises no events as no hints, no coding start, no layers", () => {
    expect(summarizeEvents([])).toEqual({ hintCount: 0, codingStartedSec: null, layerCompletedSec: [] });
  });

  it("counts hints, and takes the earliest coding start whatever the order", () => {
    expect(
      summarizeEvents([
        { at: 400, kind: "coding_started" },
        { at: 100, kind: "hint" },
        { at: 300, kind: "coding_started" },
        { at: 900, kind: "hint" },
        { at: 50, kind: "note" },
        { at: 60, kind: "mistake" },
      ]),
    ).toEqual({ hintCount: 2, codingStartedSec: 300, layerCompletedSec: [] });
  });

  it("keeps the first completion of each layer by time, with null for layers never completed", () => {
    expect(
      summarizeEvents([
        { at: 700, kind: "layer_completed", layer: 1 },
        { at: 600, kind: "layer_completed", layer: 1 },
        { at: 1500, kind: "layer_completed", layer: 3 },
        { at: 600, kind: "constraint_change", layer: 2 },
      ]),
    ).toEqual({ hintCount: 0, codingStartedSec: null, layerCompletedSec: [600, null, 1500] });
  });

  it("counts a completion at second 0", () => {
    expect(
      summarizeEvents([
        { at: 0, kind: "layer_completed", layer: 1 },
        { at: 0, kind: "coding_started" },
      ]),
    ).toEqual({
      hintCount: 0,
      codingStartedSec: 0,
      layerCompletedSec: [0],
    });
  });

  it("ignores a layer_completed without a usable layer (as stored rows may have)", () => {
    expect(
      summarizeEvents([
        { at: 10, kind: "layer_completed", layer: null },
        { at: 20, kind: "layer_completed" },
        { at: 30, kind: "layer_completed", layer: 0 },
      ]),
    ).toEqual({ hintCount: 0, codingStartedSec: null, layerCompletedSec: [] });
  });
});
