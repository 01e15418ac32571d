import { memo } from "react";
import { XAxis } from "../shared/chart/Axes";
import { type LinearScale, niceTicks } from "../shared/chart/scale";
import { formatClock, kindInfo } from "./kinds";
import { bandHeight, bandY, codeLaneY, laneKinds, laneY, margin, plotBottom } from "./timelineLayout";

interface TimelineGridProps {
  x: LinearScale;
  /** The span shown, in seconds. */
  end: number;
  width: number;
  plannedSeconds: number;
}

/** What does not move with the events: the time axis, the lanes' names and the planned end. */
export const TimelineGrid = memo(function TimelineGrid({ x, end, width, plannedSeconds }: TimelineGridProps) {
  // Short spans are labelled in m:ss, long ones in whole minutes.
  const short = end < 600;
  const ticks = short
    ? niceTicks([0, end], width < 480 ? 4 : 8).filter((tick) => tick <= end)
    : niceTicks([0, end / 60], width < 480 ? 4 : 8).map((minutes) => minutes * 60);
  return (
    <>
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
        <text x={margin.left - 8} y={codeLaneY} dy="0.32em">
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
    </>
  );
});
