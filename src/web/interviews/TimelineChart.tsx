import { Box, Paper, Text } from "@mantine/core";
import { useCallback, useEffect, useMemo, useState } from "react";
import type { HintTopic, QuestionLayer } from "../api/types";
import { linearScale } from "../shared/chart/scale";
import { useChartWidth } from "../shared/chart/useChartWidth";
import { LayerBands, layerBands } from "./LayerBands";
import { serverNow } from "./serverClock";
import { TimelineGrid } from "./TimelineGrid";
import { TimelineEvent, TimelineSnapshot } from "./TimelineMarks";
import { chartHeight, margin, plotBottom } from "./timelineLayout";
import { secondsSince } from "./useEventStamp";
import { useShownEvents, useShownSnapshots } from "./useShownEvents";

export interface TimelineChartProps {
  interviewId: string;
  layers: QuestionLayer[];
  topics: HintTopic[];
  plannedSeconds: number;
  /** When the interview started (ms since the epoch) while it runs: the chart then follows the clock. */
  liveSince: number | null;
  /** The interview's length once finished, in seconds. */
  endedAfter: number | null;
  /** The id of the heading that names the chart. */
  titleId: string;
}

interface Tip {
  x: number;
  y: number;
  text: string;
}

/** Seconds since the start by the server's clock, renewed each second while the interview runs. */
function useElapsed(liveSince: number | null): number | null {
  const [elapsed, setElapsed] = useState(() => (liveSince === null ? 0 : secondsSince(liveSince, serverNow())));
  useEffect(() => {
    if (liveSince === null) return;
    const read = () => setElapsed(secondsSince(liveSince, serverNow()));
    read();
    const id = setInterval(read, 1000);
    return () => clearInterval(id);
  }, [liveSince]);
  return liveSince === null ? null : elapsed;
}

/**
 * The chart itself, drawn at its container's width. It reads the events on its own, so a key press renders
 * this chart and nothing around it; and of the chart, the new marker only: the axis, the bands and the other
 * markers are memoised on what places them.
 */
export function TimelineChart(props: TimelineChartProps) {
  const { interviewId, layers, topics, plannedSeconds, liveSince, endedAfter, titleId } = props;
  const events = useShownEvents(interviewId);
  const snapshots = useShownSnapshots(interviewId);
  const { ref, width } = useChartWidth();
  const liveElapsed = useElapsed(liveSince);
  const [tip, setTip] = useState<Tip | null>(null);
  const elapsed = liveSince !== null ? liveElapsed : endedAfter;
  const visible = useMemo(() => events.filter((event) => !event.deleted), [events]);
  const lastAt = Math.max(0, ...visible.map((event) => event.at), ...snapshots.map((snapshot) => snapshot.at));
  const end = Math.max(60, endedAfter ?? 0, liveSince !== null ? Math.max(plannedSeconds, elapsed ?? 0) : 0, lastAt);
  const x = useMemo(() => linearScale([0, end], [margin.left, width - margin.right]), [end, width]);
  const bands = layerBands(visible, elapsed ?? lastAt);

  const show = useCallback((target: Element, text: string) => {
    const box = (target as SVGGraphicsElement).getBBox();
    setTip({ x: box.x + box.width / 2, y: box.y, text });
  }, []);
  const hide = useCallback(() => setTip(null), []);

  return (
    <Box ref={ref} pos="relative" data-testid="interview-timeline" onMouseLeave={hide}>
      <svg width={width} height={chartHeight} aria-labelledby={titleId} style={{ display: "block" }}>
        <title>Timeline of the interview</title>
        <TimelineGrid x={x} end={end} width={width} plannedSeconds={plannedSeconds} />
        <LayerBands bands={bands} x={x} layers={layers} />
        {elapsed !== null && liveSince !== null ? (
          <line
            x1={x(elapsed)}
            x2={x(elapsed)}
            y1={margin.top}
            y2={plotBottom}
            stroke="var(--mantine-color-red-6)"
            strokeWidth={1.5}
            aria-hidden
          />
        ) : null}
        {visible.map((event) => (
          <TimelineEvent
            key={event.id}
            event={event}
            x={x(event.at)}
            topics={topics}
            layers={layers}
            onShow={show}
            onHide={hide}
          />
        ))}
        {snapshots.map((snapshot, index) => (
          <TimelineSnapshot
            key={snapshot.id}
            snapshot={snapshot}
            x={x(snapshot.at)}
            final={index === snapshots.length - 1}
            onShow={show}
            onHide={hide}
          />
        ))}
      </svg>
      {tip ? (
        <Paper
          shadow="md"
          withBorder
          p={6}
          role="tooltip"
          style={{
            position: "absolute",
            left: Math.min(Math.max(tip.x, 110), width - 110),
            top: tip.y - 8,
            transform: "translate(-50%, -100%)",
            pointerEvents: "none",
            maxWidth: 240,
            zIndex: 2,
          }}
        >
          <Text size="xs">{tip.text}</Text>
        </Paper>
      ) : null}
    </Box>
  );
}
