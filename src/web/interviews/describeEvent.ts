import type { HintTopic, QuestionLayer } from "../api/types";
import { formatClock, kindInfo } from "./kinds";
import type { ShownEvent } from "./queries";

/** One line saying what happened and when: the timeline's tooltip and its markers' accessible names. */
export function describeEvent(event: ShownEvent, topics: HintTopic[], layers: QuestionLayer[]): string {
  const info = kindInfo[event.kind];
  const parts = [`${formatClock(event.at)} ${info.label}`];
  if (event.layer)
    parts[0] += ` (layer ${event.layer}${layers[event.layer - 1] ? `: ${layers[event.layer - 1]?.title}` : ""})`;
  if (event.topic) parts.push(topics.find((topic) => topic.slug === event.topic)?.label ?? event.topic);
  if (event.text) parts.push(event.text);
  return parts.join(" — ");
}
