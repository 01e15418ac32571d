// The per-interview summary of its events that analytics reads (hints, when coding started, when each
// layer was first completed), so that a report never has to scan every event.
import type { EventKind } from "./kinds.js";

export interface EventLike {
  at: number;
  kind: EventKind;
  layer?: number | null;
}

export interface EventSummary {
  hintCount: number;
  codingStartedSec: number | null;
  /** Index k: seconds of the first `layer_completed` for layer k + 1, or null. */
  layerCompletedSec: (number | null)[];
}

export function summarizeEvents(events: readonly EventLike[]): EventSummary {
  let hintCount = 0;
  let codingStartedSec: number | null = null;
  const layerCompletedSec: (number | null)[] = [];
  for (const event of events) {
    if (event.kind === "hint") hintCount++;
    else if (event.kind === "coding_started") {
      if (codingStartedSec === null || event.at < codingStartedSec) codingStartedSec = event.at;
    } else if (event.kind === "layer_completed" && event.layer != null && event.layer >= 1) {
      while (layerCompletedSec.length < event.layer) layerCompletedSec.push(null);
      const earlier = layerCompletedSec[event.layer - 1];
      if (earlier == null || event.at < earlier) layerCompletedSec[event.layer - 1] = event.at;
    }
  }
  return { hintCount, codingStartedSec, layerCompletedSec };
}
