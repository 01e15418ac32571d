// Which layer of the question the interview is on: layer 1 until a constraint change opens the next.
import type { ShownEvent } from "./queries";

/** The highest layer a live (not deleted) constraint change has opened, or 1. */
export function currentLayerOf(events: readonly ShownEvent[]): number {
  let layer = 1;
  for (const event of events) {
    if (!event.deleted && event.kind === "constraint_change") layer = Math.max(layer, event.layer ?? 1);
  }
  return layer;
}

/** When the layer was first marked completed, if it was. */
export function completedAtOf(events: readonly ShownEvent[], layer: number): number | undefined {
  return events.find((event) => !event.deleted && event.kind === "layer_completed" && event.layer === layer)?.at;
}
