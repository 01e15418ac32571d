// How evidence reads in the checklist: an event as "12:30 · Hint · Edge cases · touching intervals", and lines
// of code as "Lines 14–19 of the final code". Short enough for a select's option on a phone.
import type { CodeSnapshot, EvidenceLink, HintTopic, InterviewEvent, QuestionLayer } from "../api/types";
import { formatClock, kindInfo } from "../interviews/kinds";

export function eventLabel(event: InterviewEvent, topics: readonly HintTopic[], layers: readonly QuestionLayer[]) {
  const parts = [formatClock(event.at), kindInfo[event.kind].label];
  if (event.layer) {
    const title = layers[event.layer - 1]?.title;
    parts.push(title ? `layer ${event.layer}: ${title}` : `layer ${event.layer}`);
  }
  if (event.topic) parts.push(topics.find((topic) => topic.slug === event.topic)?.label ?? event.topic);
  const text = event.text?.trim();
  if (text) parts.push(text.length > 80 ? `${text.slice(0, 79)}…` : text);
  return parts.join(" · ");
}

export function linesLabel(startLine: number, endLine: number) {
  return startLine === endLine ? `Line ${startLine}` : `Lines ${startLine}–${endLine}`;
}

/** Which snapshot, by its moment; the last one is the final code. */
export function snapshotLabel(snapshotId: string, snapshots: readonly CodeSnapshot[]) {
  const index = snapshots.findIndex((snapshot) => snapshot.id === snapshotId);
  const snapshot = snapshots[index];
  if (!snapshot) return "a snapshot that is no longer there";
  return index === snapshots.length - 1 ? "the final code" : `the snapshot at ${formatClock(snapshot.at)}`;
}

export function codeEvidenceLabel(link: Extract<EvidenceLink, { kind: "code" }>, snapshots: readonly CodeSnapshot[]) {
  return `${linesLabel(link.startLine, link.endLine)} of ${snapshotLabel(link.snapshotId, snapshots)}`;
}
