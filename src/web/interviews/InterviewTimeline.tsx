import { Box, Card, Paper, Stack, Text, Title } from "@mantine/core";
import { memo, useEffect, useId, useState } from "react";
import type { EventKind, HintTopic, QuestionLayer } from "../api/types";
import { XAxis } from "../shared/chart/Axes";
import { ChartLegend } from "../shared/chart/ChartLegend";
import { linearScale, niceTicks } from "../shared/chart/scale";
import { useChartWidth } from "../shared/chart/useChartWidth";
import { formatClock, type KindInfo, kindInfo, layerColorName } from "./kinds";
import type { ShownEvent, ShownSnapshot } from "./queries";

const laneKinds: EventKind[] = ["note", "clarifying_question", "coding_started", "hint", "mistake", "praise"];
const margin = { top: 8, right: 16, bottom: 46, left: 92 };
const bandHeight = 28;
const laneHeight = 22;

export function Marker({ info, x, y, size = 6 }: { info: KindInfo; x: number; y: number; size?: number }) {
  const fill = info.color;
  switch (info.shape) {
    case "square":
      return <rect x={x - size + 1} y={y - size + 1} width={2 * size - 2} height={2 * size - 2} fill={fill} />;
    case "diamond":
      return <path d={`M${x},${y - size}L${x + size},${y}L${x},${y + size}L${x - size},${y}Z`} fill={fill} />;
    case "triangle":
      return <path d={`M${x},${y - size}L${x + size},${y + size - 1}L${x - size},${y + size - 1}Z`} fill={fill} />;
    case "cross":
      return (
        <path
          d={`M${x - size + 1},${y - size + 1}L${x + size - 1},${y + size - 1}M${x + size - 1},${y - size + 1}L${x - size + 1},${y + size - 1}`}
          stroke={fill}
          strokeWidth={2.5}
        />
      );
    case "star": {
      const points = Array.from({ length: 10 }, (_, i) => {
        const r = i % 2 === 0 ? size + 1 : (size + 1) / 2.2;
        const a = (Math.PI / 5) * i - Math.PI / 2;
        return `${x + r * Math.cos(a)},${y + r * Math.sin(a)}`;
      });
      return <polygon points={points.join(" ")} fill={fill} stroke="white" strokeWidth={0.8} />;
    }
    case "bar":
      return <rect x={x - 1.5} y={y - size - 2} width={3} height={2 * size + 4} fill={fill} />;
    default:
      return info.kind === "praise" ? (
        <circle cx={x} cy={y} r={size - 1} fill="white" stroke={fill} strokeWidth={2.5} />
      ) : (
        <circle cx={x} cy={y} r={size - 1} fill={fill} />
      );
  }
}

interface TimelineProps {
  events: ShownEvent[];
  snapshots: ShownSnapshot[];
  layers: QuestionLayer[];
  topics: HintTopic[];
  plannedSeconds: number;
  /** When the interview started (ms since the epoch) while it runs: the chart then follows the clock. */
  liveSince: number | null;
  /** The interview's length once finished, in seconds. */
  endedAfter: number | null;
}

interface Tip {
  x: number;
  y: number;
  text: string;
}

function useNow(live: boolean) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!live) return;
    const id = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(id);
  }, [live]);
  return now;
}

export function describeEvent(event: ShownEvent, topics: HintTopic[], layers: QuestionLayer[]): string {
  const info = kindInfo[event.kind];
  const parts = [`${formatClock(event.at)} ${info.label}`];
  if (event.layer)
    parts[0] += ` (layer ${event.layer}${layers[event.layer - 1] ? `: ${layers[event.layer - 1]?.title}` : ""})`;
  if (event.topic) parts.push(topics.find((topic) => topic.slug === event.topic)?.label ?? event.topic);
  if (event.text) parts.push(event.text);
  return parts.join(" — ");
}

const legend = (
  <ChartLegend
    items={[
      ...laneKinds.map((kind) => ({
        label: `${kindInfo[kind].label} (${kindInfo[kind].key})`,
        marker: <Marker info={kindInfo[kind]} x={7} y={7} size={5} />,
      })),
      {
        label: `${kindInfo.layer_completed.label} (L)`,
        marker: <Marker info={kindInfo.layer_completed} x={7} y={7} size={5} />,
      },
      {
        label: `${kindInfo.constraint_change.label} (X)`,
        marker: <Marker info={kindInfo.constraint_change} x={7} y={7} size={4} />,
      },
      { label: "Code snapshot", marker: <CodeMark x={7} y={7} /> },
    ]}
  />
);

/** The interview on one time axis: the layers as coloured bands, each kind of event in its lane, the code. */
export const InterviewTimeline = memo(function InterviewTimeline(props: TimelineProps) {
  const { events, snapshots, layers, topics, plannedSeconds, liveSince, endedAfter } = props;
  const { ref, width } = useChartWidth();
  const titleId = useId();
  const now = useNow(liveSince !== null);
  const [tip, setTip] = useState<Tip | null>(null);
  const elapsed = liveSince !== null ? Math.max(0, Math.floor((now - liveSince) / 1000)) : endedAfter;
  const visible = events.filter((event) => !event.deleted);
  const lastAt = Math.max(0, ...visible.map((event) => event.at), ...snapshots.map((snapshot) => snapshot.at));
  const end = Math.max(60, endedAfter ?? 0, liveSince !== null ? Math.max(plannedSeconds, elapsed ?? 0) : 0, lastAt);
  const height = margin.top + bandHeight + 8 + (laneKinds.length + 1) * laneHeight + margin.bottom;
  const x = linearScale([0, end], [margin.left, width - margin.right]);
  const plotBottom = height - margin.bottom;
  // Short spans are labelled in m:ss, long ones in whole minutes.
  const short = end < 600;
  const ticks = short
    ? niceTicks([0, end], width < 480 ? 4 : 8).filter((tick) => tick <= end)
    : niceTicks([0, end / 60], width < 480 ? 4 : 8).map((minutes) => minutes * 60);
  const bandY = margin.top;
  const laneY = (index: number) => margin.top + bandHeight + 8 + index * laneHeight + laneHeight / 2;

  // Layer 1 opens at 0; each constraint change opens the layer it names; each band runs to the next.
  const opens = new Map<number, number>([[1, 0]]);
  for (const event of visible) {
    if (event.kind === "constraint_change" && event.layer && !opens.has(event.layer)) opens.set(event.layer, event.at);
  }
  const bandEnd = elapsed ?? lastAt;
  const bands = [...opens.entries()]
    .sort((a, b) => a[1] - b[1])
    .map(([layer, from], index, all) => ({ layer, from, to: all[index + 1]?.[1] ?? Math.max(from, bandEnd) }));

  const show = (event: { currentTarget: Element }, text: string) => {
    const box = (event.currentTarget as unknown as SVGGraphicsElement).getBBox();
    setTip({ x: box.x + box.width / 2, y: box.y, text });
  };

  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby={titleId}>
      <Stack gap="sm">
        <Title order={2} size="h4" id={titleId}>
          Timeline
        </Title>
        {legend}
        <Box ref={ref} pos="relative" data-testid="interview-timeline" onMouseLeave={() => setTip(null)}>
          <svg width={width} height={height} aria-labelledby={titleId} style={{ display: "block" }}>
            <title>Timeline of the interview</title>
            <XAxis
              scale={x}
              ticks={ticks}
              at={plotBottom}
              across={[margin.top, plotBottom]}
              label={short ? "Time (m:ss)" : "Minutes"}
              format={(value) => (short ? formatClock(value) : String(Math.round(value / 60)))}
            />
            <g aria-hidden fontSize={11} fill="var(--mantine-color-gray-7)" textAnchor="end">
              <text x={margin.left - 8} y={bandY + bandHeight / 2} dy="0.32em">
                Layers
              </text>
              {laneKinds.map((kind, index) => (
                <text key={kind} x={margin.left - 8} y={laneY(index)} dy="0.32em">
                  {width < 480 ? kindInfo[kind].key : kindInfo[kind].label.replace("Clarifying question", "Question")}
                </text>
              ))}
              <text x={margin.left - 8} y={laneY(laneKinds.length)} dy="0.32em">
                Code
              </text>
            </g>
            {plannedSeconds <= end ? (
              <line
                x1={x(plannedSeconds)}
                x2={x(plannedSeconds)}
                y1={margin.top}
                y2={plotBottom}
                stroke="var(--mantine-color-gray-5)"
                strokeDasharray="4 3"
                aria-hidden
              />
            ) : null}
            {bands.map((band) => {
              const color = layerColorName(band.layer - 1);
              const w = Math.max(2, x(band.to) - x(band.from));
              const title = layers[band.layer - 1]?.title;
              return (
                <g key={band.layer} data-layer-band={band.layer}>
                  <title>{`Layer ${band.layer}${title ? `: ${title}` : ""}, ${formatClock(band.from)}–${formatClock(band.to)}`}</title>
                  <rect
                    x={x(band.from)}
                    y={bandY}
                    width={w}
                    height={plotBottom - bandY}
                    fill={`var(--mantine-color-${color}-0)`}
                    opacity={0.7}
                  />
                  <rect
                    x={x(band.from)}
                    y={bandY}
                    width={w}
                    height={bandHeight}
                    fill={`var(--mantine-color-${color}-2)`}
                  />
                  {w > 40 ? (
                    <text
                      x={x(band.from) + 6}
                      y={bandY + bandHeight / 2}
                      dy="0.32em"
                      fontSize={11}
                      fontWeight={600}
                      fill={`var(--mantine-color-${color}-9)`}
                      aria-hidden
                    >
                      {`L${band.layer}${title && w > 120 ? ` ${title}` : ""}`.slice(0, Math.max(2, Math.floor(w / 7)))}
                    </text>
                  ) : null}
                </g>
              );
            })}
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
            {visible.map((event) => {
              const info = kindInfo[event.kind];
              const lane = laneKinds.indexOf(event.kind);
              const y = lane === -1 ? bandY + bandHeight / 2 : laneY(lane);
              const text = describeEvent(event, topics, layers);
              return (
                <a
                  key={event.id}
                  href={`#event-${event.id}`}
                  data-event-id={event.id}
                  data-kind={event.kind}
                  aria-label={text}
                  onMouseEnter={(e) => show(e, text)}
                  onFocus={(e) => show(e, text)}
                  onBlur={() => setTip(null)}
                  style={{ outline: "none", cursor: "default", opacity: event.pending ? 0.75 : 1 }}
                >
                  <Marker info={info} x={x(event.at)} y={y} />
                  <circle cx={x(event.at)} cy={y} r={9} fill="transparent" />
                </a>
              );
            })}
            {snapshots.map((snapshot, index) => {
              const text = `${formatClock(snapshot.at)} Code snapshot (${snapshot.language})${index === snapshots.length - 1 ? ", final solution" : ""}`;
              return (
                <a
                  key={snapshot.id}
                  href="#code-heading"
                  data-snapshot-id={snapshot.id}
                  aria-label={text}
                  onMouseEnter={(e) => show(e, text)}
                  onFocus={(e) => show(e, text)}
                  onBlur={() => setTip(null)}
                  style={{ outline: "none" }}
                >
                  <CodeMark x={x(snapshot.at)} y={laneY(laneKinds.length)} />
                </a>
              );
            })}
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
      </Stack>
    </Card>
  );
});

function CodeMark({ x, y }: { x: number; y: number }) {
  return (
    <g>
      <rect
        x={x - 5}
        y={y - 6}
        width={10}
        height={12}
        rx={1.5}
        fill="white"
        stroke="var(--mantine-color-cyan-8)"
        strokeWidth={1.5}
      />
      <path
        d={`M${x - 2.5},${y - 2}h5M${x - 2.5},${y + 1}h5M${x - 2.5},${y + 4}h3`}
        stroke="var(--mantine-color-cyan-8)"
        strokeWidth={1}
      />
    </g>
  );
}
