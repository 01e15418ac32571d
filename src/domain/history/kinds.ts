// Vocabularies shared by the history format, the database and the web app.
export const questionKinds = ["coding", "system-design"] as const;
export type QuestionKind = (typeof questionKinds)[number];

export const eventKinds = [
  "note",
  "clarifying_question",
  "coding_started",
  "hint",
  "layer_completed",
  "constraint_change",
  "mistake",
  "praise",
] as const;
export type EventKind = (typeof eventKinds)[number];

/** Event kinds that must name a layer. */
export const layerEventKinds: readonly EventKind[] = ["layer_completed", "constraint_change"];
