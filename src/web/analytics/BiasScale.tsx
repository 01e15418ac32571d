import { Box, Text } from "@mantine/core";
import type { CalibrationLabel } from "../api/types";
import { linearScale } from "../shared/chart/scale";
import { useChartWidth } from "../shared/chart/useChartWidth";
import { formatInterval, formatSigned } from "../shared/format";
import { labelFill } from "./labels";

interface BiasScaleProps {
  bias: number;
  interval: [number, number] | null;
  intervalLevel: number;
  label: CalibrationLabel;
}

/** One interviewer's bias as a dot, its interval as a bar, on a scale centred on 0 (calibrated). */
export function BiasScale({ bias, interval, intervalLevel, label }: BiasScaleProps) {
  const { ref, width } = useChartWidth(480);
  const reach = Math.max(1, Math.ceil(Math.max(Math.abs(bias), ...(interval ?? []).map(Math.abs)) * 2) / 2);
  const x = linearScale([-reach, reach], [16, width - 16]);
  const ticks = [-reach, -reach / 2, 0, reach / 2, reach];
  const level = Math.round(intervalLevel * 100);
  const description =
    `Bias ${formatSigned(bias)}` +
    (interval ? `, ${level}% interval ${formatInterval(interval)}` : "") +
    ", against 0 (calibrated).";
  return (
    <Box ref={ref}>
      <svg width={width} height={86} role="img" aria-label={description} style={{ display: "block" }}>
        <g fontSize={11} fill="var(--mantine-color-gray-7)" aria-hidden>
          <text x={16} y={12}>
            ← too strict
          </text>
          <text x={width - 16} y={12} textAnchor="end">
            too lenient →
          </text>
          <text x={x(0)} y={12} textAnchor="middle" fontWeight={600}>
            calibrated
          </text>
          <line x1={x(-reach)} x2={x(reach)} y1={44} y2={44} stroke="var(--mantine-color-gray-4)" strokeWidth={2} />
          {ticks.map((tick) => (
            <g key={tick}>
              <line
                x1={x(tick)}
                x2={x(tick)}
                y1={tick === 0 ? 20 : 40}
                y2={tick === 0 ? 60 : 48}
                stroke="var(--mantine-color-gray-6)"
                strokeDasharray={tick === 0 ? "3 3" : undefined}
              />
              <text x={x(tick)} y={76} textAnchor="middle">
                {formatSigned(tick, 1)}
              </text>
            </g>
          ))}
        </g>
        {interval ? (
          <rect
            x={x(interval[0])}
            width={Math.max(2, x(interval[1]) - x(interval[0]))}
            y={37}
            height={14}
            rx={7}
            fill={labelFill(label)}
            fillOpacity={0.25}
          />
        ) : null}
        <circle cx={x(bias)} cy={44} r={8} fill={labelFill(label)} stroke="white" strokeWidth={2} />
      </svg>
      <Text size="xs" c="dimmed" mt={4}>
        The dot is your bias in score points on the 1–4 scale; the band is its {level}% interval.
      </Text>
    </Box>
  );
}
