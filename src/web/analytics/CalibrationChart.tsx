import { Box, Card, Stack, Text, Title } from "@mantine/core";
import { useId, useState } from "react";
import type { CalibrationBin, InterviewerReport } from "../api/types";
import { XAxis, YAxis } from "../shared/chart/Axes";
import { ChartLegend } from "../shared/chart/ChartLegend";
import { extent, linearScale, niceTicks } from "../shared/chart/scale";
import { useChartWidth } from "../shared/chart/useChartWidth";
import { formatSigned } from "../shared/format";
import { CalibrationDataTable } from "./CalibrationDataTable";
import { calibrationLabels, labelFill, labelOrder } from "./labels";

const margin = { top: 28, right: 16, bottom: 52, left: 56 };
const curveColor = "var(--mantine-color-dark-6)";

export interface PlottedInterviewer {
  row: InterviewerReport;
  bias: number;
  experience: number;
}

/** Whom the chart can place: interviewers with calibration evidence and at least one rating. */
export function plottable(interviewers: InterviewerReport[]): PlottedInterviewer[] {
  return interviewers.flatMap((row) =>
    row.calibration.evidence > 0 && row.calibration.bias !== null && row.candidateExperience.score !== null
      ? [{ row, bias: row.calibration.bias, experience: row.candidateExperience.score }]
      : [],
  );
}

/** The seed's chart: candidate experience (y) against calibration bias (x), with the binned curve over it. */
export function CalibrationChart({
  interviewers,
  curve,
}: {
  interviewers: InterviewerReport[];
  curve: CalibrationBin[];
}) {
  const { ref, width } = useChartWidth();
  const [hovered, setHovered] = useState<PlottedInterviewer | null>(null);
  const titleId = useId();
  const descriptionId = useId();
  const points = plottable(interviewers);
  const curvePoints = curve.flatMap((bin) =>
    bin.meanCandidateExperience === null ? [] : [{ x: (bin.from + bin.to) / 2, y: bin.meanCandidateExperience, bin }],
  );

  const height = Math.round(Math.min(440, Math.max(300, width * 0.58)));
  const x = linearScale(
    extent(
      points.map((p) => p.bias),
      { include: curve.flatMap((bin) => [bin.from, bin.to]), symmetric: true, pad: 0.04 },
    ),
    [margin.left, width - margin.right],
  );
  const y = linearScale([1, 4], [height - margin.bottom, margin.top]);
  const xTicks = niceTicks(x.domain, width < 480 ? 4 : 8);
  const plotTop = margin.top;
  const plotBottom = height - margin.bottom;

  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby={titleId}>
      <Stack gap="sm">
        <Stack gap={2}>
          <Title order={2} size="h4" id={titleId}>
            Candidate experience against calibration
          </Title>
          <Text size="sm" c="dimmed" id={descriptionId}>
            Each dot is an interviewer with calibration evidence ({points.length} of {interviewers.length}): how far
            their scores run from what later outcomes support (left, too strict; right, too lenient) against how much
            their candidates would come back (1–4). The line is the average experience of the interviewers in each band
            of bias.
          </Text>
        </Stack>
        <ChartLegend
          items={[
            ...labelOrder
              .filter((label) => points.some((p) => p.row.calibration.label === label))
              .map((label) => ({
                label: calibrationLabels[label],
                marker: <circle cx={7} cy={7} r={5} fill={labelFill(label)} fillOpacity={0.75} />,
              })),
            {
              label: "Average per band",
              marker: <line x1={0} x2={14} y1={7} y2={7} stroke={curveColor} strokeWidth={2.5} />,
            },
          ]}
        />
        <Box ref={ref} pos="relative" data-testid="calibration-chart">
          <svg
            width={width}
            height={height}
            role="img"
            aria-labelledby={titleId}
            aria-describedby={descriptionId}
            style={{ display: "block", overflow: "visible" }}
            onMouseLeave={() => setHovered(null)}
          >
            <title>Candidate experience against calibration bias</title>
            <XAxis
              scale={x}
              ticks={xTicks}
              at={plotBottom}
              across={[plotTop, plotBottom]}
              label="Calibration bias (score points)"
              format={(value) => formatSigned(value, Math.abs(value) < 1 && xTicks.some((t) => t % 1 !== 0) ? 1 : 0)}
            />
            <YAxis
              scale={y}
              ticks={[1, 1.5, 2, 2.5, 3, 3.5, 4]}
              at={margin.left}
              across={[margin.left, width - margin.right]}
              label="Candidate experience"
              format={(value) => (value % 1 === 0 ? String(value) : "")}
            />
            <g aria-hidden fontSize={11} fill="var(--mantine-color-gray-7)">
              <line
                x1={x(0)}
                x2={x(0)}
                y1={plotTop}
                y2={plotBottom}
                stroke="var(--mantine-color-gray-6)"
                strokeDasharray="4 4"
              />
              <text x={x(0) - 6} y={plotTop - 10} textAnchor="end">
                ← too strict
              </text>
              <text x={x(0) + 6} y={plotTop - 10}>
                too lenient →
              </text>
            </g>
            <g>
              {points.map((point) => (
                // biome-ignore lint/a11y/noStaticElementInteractions: a pointer-only preview; every point is also in the table below and in the hidden data table
                <circle
                  key={point.row.id}
                  data-interviewer={point.row.name}
                  cx={x(point.bias)}
                  cy={y(point.experience)}
                  r={hovered === point ? 7 : 4.5}
                  fill={labelFill(point.row.calibration.label)}
                  fillOpacity={hovered === point ? 1 : 0.7}
                  stroke="white"
                  strokeWidth={1}
                  onMouseEnter={() => setHovered(point)}
                >
                  <title>{pointTitle(point)}</title>
                </circle>
              ))}
            </g>
            {curvePoints.length > 1 ? (
              <polyline
                points={curvePoints.map((p) => `${x(p.x)},${y(p.y)}`).join(" ")}
                fill="none"
                stroke={curveColor}
                strokeWidth={2.5}
                strokeLinejoin="round"
                pointerEvents="none"
              />
            ) : null}
            {curvePoints.map((p) => (
              <circle key={p.x} cx={x(p.x)} cy={y(p.y)} r={3.5} fill={curveColor}>
                <title>
                  {`Bias ${formatSigned(p.bin.from)} to ${formatSigned(p.bin.to)}: ${p.bin.interviewers} interviewers, average experience ${p.y.toFixed(2)}`}
                </title>
              </circle>
            ))}
          </svg>
          {hovered ? (
            <PointTooltip point={hovered} left={x(hovered.bias)} top={y(hovered.experience)} width={width} />
          ) : null}
        </Box>
        <CalibrationDataTable points={points} curve={curve} />
      </Stack>
    </Card>
  );
}

function pointTitle({ row, bias, experience }: PlottedInterviewer): string {
  return `${row.name}: bias ${formatSigned(bias)}, experience ${experience.toFixed(2)}, ${calibrationLabels[row.calibration.label].toLowerCase()}`;
}

function PointTooltip({
  point,
  left,
  top,
  width,
}: {
  point: PlottedInterviewer;
  left: number;
  top: number;
  width: number;
}) {
  const flip = left > width - 200;
  return (
    <Box
      pos="absolute"
      top={top - 12}
      left={flip ? undefined : left + 12}
      right={flip ? width - left + 12 : undefined}
      px="xs"
      py={6}
      bg="white"
      style={{
        pointerEvents: "none",
        border: "1px solid var(--mantine-color-gray-3)",
        borderRadius: "var(--mantine-radius-sm)",
        boxShadow: "var(--mantine-shadow-sm)",
        whiteSpace: "nowrap",
      }}
      aria-hidden
    >
      <Text size="sm" fw={600}>
        {point.row.name}
      </Text>
      <Text size="xs">
        Bias {formatSigned(point.bias)} · experience {point.experience.toFixed(2)}
      </Text>
      <Text size="xs" c="dimmed">
        {calibrationLabels[point.row.calibration.label]} · {point.row.calibration.evidence} with outcomes
      </Text>
    </Box>
  );
}
