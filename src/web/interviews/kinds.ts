// The vocabulary of the cockpit: one key per kind of event, its label, colour and marker shape.
import type { EventKind, InterviewStage } from "../api/types";

export type MarkerShape = "circle" | "square" | "diamond" | "triangle" | "cross" | "star" | "bar";

export interface KindInfo {
  kind: EventKind;
  key: string;
  label: string;
  color: string;
  shape: MarkerShape;
}

export const kindInfo: Record<EventKind, KindInfo> = {
  note: { kind: "note", key: "N", label: "Note", color: "var(--mantine-color-gray-7)", shape: "circle" },
  clarifying_question: {
    kind: "clarifying_question",
    key: "Q",
    label: "Clarifying question",
    color: "var(--mantine-color-blue-6)",
    shape: "diamond",
  },
  coding_started: {
    kind: "coding_started",
    key: "C",
    label: "Coding started",
    color: "var(--mantine-color-dark-5)",
    shape: "square",
  },
  hint: { kind: "hint", key: "H", label: "Hint", color: "var(--mantine-color-orange-6)", shape: "triangle" },
  layer_completed: {
    kind: "layer_completed",
    key: "L",
    label: "Layer completed",
    color: "var(--mantine-color-teal-7)",
    shape: "star",
  },
  constraint_change: {
    kind: "constraint_change",
    key: "X",
    label: "Constraint change",
    color: "var(--mantine-color-violet-7)",
    shape: "bar",
  },
  mistake: { kind: "mistake", key: "M", label: "Mistake", color: "var(--mantine-color-red-7)", shape: "cross" },
  praise: { kind: "praise", key: "W", label: "Done well", color: "var(--mantine-color-green-7)", shape: "circle" },
};

export const kindOrder: EventKind[] = [
  "note",
  "clarifying_question",
  "coding_started",
  "hint",
  "layer_completed",
  "constraint_change",
  "mistake",
  "praise",
];

export const kindByKey: Record<string, EventKind> = Object.fromEntries(
  kindOrder.map((kind) => [kindInfo[kind].key.toLowerCase(), kind]),
);

export const stageLabels: Record<InterviewStage, string> = {
  practice: "Practice",
  screen: "Screen",
  onsite: "Onsite",
};

const layerColors = ["indigo", "teal", "grape", "orange", "cyan", "pink", "lime", "violet"];

/** A layer's colour (0-based index), the same in the editor, the cockpit and the timeline. */
export function layerColorName(index: number): string {
  return layerColors[index % layerColors.length] ?? "indigo";
}

/** 125 → "2:05"; 3725 → "1:02:05". */
export function formatClock(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = String(s % 60).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${rest}` : `${m}:${rest}`;
}

/** "2:05" or "125" → 125; null when it is neither. */
export function parseClock(text: string): number | null {
  const trimmed = text.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const match = /^(?:(\d+):)?(\d{1,2}):(\d{2})$/.exec(trimmed);
  if (!match) return null;
  const [, h = "0", m = "0", s = "0"] = match;
  if (Number(s) > 59) return null;
  return Number(h) * 3600 + Number(m) * 60 + Number(s);
}

export const snapshotLanguages = [
  "Python",
  "JavaScript",
  "TypeScript",
  "Java",
  "Go",
  "C++",
  "C#",
  "Ruby",
  "Kotlin",
  "Swift",
  "Rust",
  "SQL",
  "other",
] as const;
