import type { LinearScale } from "./scale";

const tickColor = "var(--mantine-color-gray-6)";
const gridColor = "var(--mantine-color-gray-2)";

interface AxisProps {
  scale: LinearScale;
  ticks: number[];
  /** Where the axis sits: the y (bottom) for an x axis, the x (left) for a y axis. */
  at: number;
  /** The other axis's extent, for the grid lines. */
  across: readonly [number, number];
  label: string;
  format?: (value: number) => string;
}

/** The horizontal axis: grid lines, ticks with their values, and the axis title centred below. */
export function XAxis({ scale, ticks, at, across, label, format = String }: AxisProps) {
  const [left, right] = scale.range;
  return (
    <g aria-hidden fontSize={12} fill={tickColor}>
      {ticks.map((tick) => (
        <g key={tick} transform={`translate(${scale(tick)},0)`}>
          <line y1={across[0]} y2={across[1]} stroke={gridColor} />
          <line y1={at} y2={at + 5} stroke={tickColor} />
          <text y={at + 18} textAnchor="middle">
            {format(tick)}
          </text>
        </g>
      ))}
      <line x1={left} x2={right} y1={at} y2={at} stroke={tickColor} />
      <text x={(left + right) / 2} y={at + 38} textAnchor="middle" fontWeight={600} fill="var(--mantine-color-gray-7)">
        {label}
      </text>
    </g>
  );
}

/** The vertical axis: grid lines, ticks with their values, and the axis title turned along it. */
export function YAxis({ scale, ticks, at, across, label, format = String }: AxisProps) {
  const [bottom, top] = scale.range;
  return (
    <g aria-hidden fontSize={12} fill={tickColor}>
      {ticks.map((tick) => (
        <g key={tick} transform={`translate(0,${scale(tick)})`}>
          <line x1={across[0]} x2={across[1]} stroke={gridColor} />
          <line x1={at - 5} x2={at} stroke={tickColor} />
          <text x={at - 8} dy="0.32em" textAnchor="end">
            {format(tick)}
          </text>
        </g>
      ))}
      <line x1={at} x2={at} y1={bottom} y2={top} stroke={tickColor} />
      <text
        transform={`translate(${at - 36},${(bottom + top) / 2}) rotate(-90)`}
        textAnchor="middle"
        fontWeight={600}
        fill="var(--mantine-color-gray-7)"
      >
        {label}
      </text>
    </g>
  );
}
