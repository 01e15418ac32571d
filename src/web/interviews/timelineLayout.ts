// Where things sit on the timeline: a band for the layers, then one lane per kind of event, then the code.
import type { EventKind } from "../api/types";

export const laneKinds: EventKind[] = ["note", "clarifying_question", "coding_started", "hint", "mistake", "praise"];
export const margin = { top: 8, right: 16, bottom: 46, left: 92 };
export const bandY = margin.top;
export const bandHeight = 28;
const laneHeight = 22;
export const chartHeight = margin.top + bandHeight + 8 + (laneKinds.length + 1) * laneHeight + margin.bottom;
export const plotBottom = chartHeight - margin.bottom;

/** The middle of lane `index` (the code's lane is the last, after the kinds'). */
export function laneY(index: number): number {
  return margin.top + bandHeight + 8 + index * laneHeight + laneHeight / 2;
}

/** An event's height: in its kind's lane, or on the layers' band (layer completed, constraint change). */
export function eventY(kind: EventKind): number {
  const lane = laneKinds.indexOf(kind);
  return lane === -1 ? bandY + bandHeight / 2 : laneY(lane);
}

export const codeLaneY = laneY(laneKinds.length);
