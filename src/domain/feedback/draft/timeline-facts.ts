// The facts of one interview's timeline that the draft talks about, read once so every section agrees.
// When coding started and when each layer was first completed come from the same summary analytics uses,
// so the candidate's figures are measured exactly like the benchmarks they are compared with.
import { summarizeEvents } from "../../history/summarize-events.js";
import type { DraftEvent, DraftInput, DraftSnapshot } from "./input.js";

export interface TimelineFacts {
  /** All events, by time; events of the same second keep the caller's order. */
  events: DraftEvent[];
  codingStartedSec: number | null;
  /** Index k: seconds of the first completion of layer k + 1, or null; as long as the question's layers. */
  layerCompletedSec: (number | null)[];
  clarifyingBeforeCoding: DraftEvent[];
  clarifyingAfterCoding: DraftEvent[];
  hints: DraftEvent[];
  mistakes: DraftEvent[];
  praise: DraftEvent[];
  /** The highest layer a constraint change opened, and when; null if none did. */
  lastLayerStarted: { layer: number; at: number } | null;
  finalSnapshot: DraftSnapshot | null;
}

export function readTimeline(input: DraftInput): TimelineFacts {
  const events = [...input.events].sort((a, b) => a.at - b.at);
  const summary = summarizeEvents(events);
  const layerCompletedSec = input.question.layers.map((_, index) => summary.layerCompletedSec[index] ?? null);
  const ofKind = (kind: DraftEvent["kind"]) => events.filter((event) => event.kind === kind);
  const clarifying = ofKind("clarifying_question");
  const coding = summary.codingStartedSec;
  let lastLayerStarted: TimelineFacts["lastLayerStarted"] = null;
  for (const event of ofKind("constraint_change")) {
    const layer = event.layer ?? 0;
    if (layer >= 1 && layer <= input.question.layers.length && layer > (lastLayerStarted?.layer ?? 0)) {
      lastLayerStarted = { layer, at: event.at };
    }
  }
  const snapshots = [...input.snapshots].sort((a, b) => a.at - b.at);
  return {
    events,
    codingStartedSec: coding,
    layerCompletedSec,
    clarifyingBeforeCoding: clarifying.filter((event) => coding === null || event.at <= coding),
    clarifyingAfterCoding: clarifying.filter((event) => coding !== null && event.at > coding),
    hints: ofKind("hint"),
    mistakes: ofKind("mistake"),
    praise: ofKind("praise"),
    lastLayerStarted,
    finalSnapshot: snapshots[snapshots.length - 1] ?? null,
  };
}

/** Layers completed, as 1-based numbers in order. */
export function completedLayers(facts: TimelineFacts): number[] {
  return facts.layerCompletedSec.flatMap((seconds, index) => (seconds === null ? [] : [index + 1]));
}
