import { memo } from "react";
import type { HintTopic, QuestionLayer } from "../api/types";
import { describeEvent } from "./describeEvent";
import { CodeMark, Marker } from "./EventMarker";
import { formatClock, kindInfo } from "./kinds";
import type { ShownEvent, ShownSnapshot } from "./queries";
import { codeLaneY, eventY } from "./timelineLayout";

type Show = (target: Element, text: string) => void;

interface TimelineEventProps {
  event: ShownEvent;
  x: number;
  topics: HintTopic[];
  layers: QuestionLayer[];
  onShow: Show;
  onHide: () => void;
}

/**
 * One event on the timeline, a link to its row in the list. Memoised: a key press renders the new marker
 * only. An event not yet saved is drawn fainter, with fill and stroke opacity rather than opacity, which
 * would give each such marker a layer of its own to composite.
 */
export const TimelineEvent = memo(function TimelineEvent({
  event,
  x,
  topics,
  layers,
  onShow,
  onHide,
}: TimelineEventProps) {
  const text = describeEvent(event, topics, layers);
  const y = eventY(event.kind);
  const faded = event.pending ? 0.75 : 1;
  return (
    <a
      href={`#event-${event.id}`}
      data-event-id={event.id}
      data-kind={event.kind}
      aria-label={text}
      onMouseEnter={(e) => onShow(e.currentTarget, text)}
      onFocus={(e) => onShow(e.currentTarget, text)}
      onBlur={onHide}
      style={{ outline: "none", cursor: "default" }}
    >
      <g fillOpacity={faded} strokeOpacity={faded}>
        <Marker info={kindInfo[event.kind]} x={x} y={y} />
      </g>
      <circle cx={x} cy={y} r={9} fill="transparent" />
    </a>
  );
});

interface TimelineSnapshotProps {
  snapshot: ShownSnapshot;
  x: number;
  final: boolean;
  onShow: Show;
  onHide: () => void;
}

/** A code snapshot on the code's lane, a link to the code. */
export const TimelineSnapshot = memo(function TimelineSnapshot({
  snapshot,
  x,
  final,
  onShow,
  onHide,
}: TimelineSnapshotProps) {
  const text = `${formatClock(snapshot.at)} Code snapshot (${snapshot.language})${final ? ", final solution" : ""}`;
  return (
    <a
      href="#code-heading"
      data-snapshot-id={snapshot.id}
      aria-label={text}
      onMouseEnter={(e) => onShow(e.currentTarget, text)}
      onFocus={(e) => onShow(e.currentTarget, text)}
      onBlur={onHide}
      style={{ outline: "none" }}
    >
      <CodeMark x={x} y={codeLaneY} />
    </a>
  );
});
