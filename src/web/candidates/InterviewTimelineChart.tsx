import { Box, Card, Stack, Text, Title, VisuallyHidden } from "@mantine/core";
import { useId } from "react";
import type { CandidateDetail } from "../api/types";
import { XAxis, YAxis } from "../shared/chart/Axes";
import { ChartLegend } from "../shared/chart/ChartLegend";
import { linearScale } from "../shared/chart/scale";
import { useChartWidth } from "../shared/chart/useChartWidth";
import { formatDate } from "../shared/format";
import { interviewDate } from "./interview-date";

const margin = { top: 16, right: 20, bottom: 84, left: 48 };
const colors = {
  score: "var(--mantine-color-indigo-6)",
  self: "var(--mantine-color-orange-6)",
  passed: "var(--mantine-color-teal-7)",
  failed: "var(--mantine-color-red-7)",
};
const DAY = 86_400_000;

const Diamond = ({ x, y, size = 6 }: { x: number; y: number; size?: number }) => (
  <path
    d={`M${x},${y - size}L${x + size},${y}L${x},${y + size}L${x - size},${y}Z`}
    fill="white"
    stroke={colors.self}
    strokeWidth={2}
  />
);
const Triangle = ({ x, y }: { x: number; y: number }) => (
  <path d={`M${x},${y - 6}L${x + 6},${y + 5}L${x - 6},${y + 5}Z`} fill={colors.passed} />
);
const Cross = ({ x, y }: { x: number; y: number }) => (
  <path
    d={`M${x - 5},${y - 5}L${x + 5},${y + 5}M${x + 5},${y - 5}L${x - 5},${y + 5}`}
    stroke={colors.failed}
    strokeWidth={2.5}
  />
);

function timeTicks([from, to]: readonly [number, number], count: number): number[] {
  // Inside the ends only, so the first and last labels are not cut off at the chart's edges.
  const step = (to - from) / (count + 1);
  return Array.from({ length: count }, (_, i) => from + (i + 1) * step);
}

/** A candidate's interviews over time: the interviewer's overall score, their own beside it, and later outcomes. */
export function InterviewTimelineChart({ candidate }: { candidate: CandidateDetail }) {
  const { ref, width } = useChartWidth();
  const titleId = useId();
  const interviews = candidate.interviews.flatMap((interview) => {
    const at = interviewDate(interview);
    return at ? [{ interview, at: new Date(at).getTime() }] : [];
  });
  const outcomes = candidate.outcomes.map((outcome) => ({ outcome, at: new Date(outcome.at).getTime() }));
  const times = [...interviews.map((i) => i.at), ...outcomes.map((o) => o.at)];

  if (times.length === 0) {
    return null;
  }

  const min = Math.min(...times);
  const max = Math.max(...times);
  const pad = Math.max((max - min) * 0.05, 7 * DAY);
  const height = 320;
  const plotBottom = height - margin.bottom;
  const stripY = plotBottom + 20;
  const axisY = plotBottom + 34;
  const x = linearScale([min - pad, max + pad], [margin.left, width - margin.right]);
  const y = linearScale([1, 4], [plotBottom - 8, margin.top]);
  const span = max - min + 2 * pad;
  const tickFormat = new Intl.DateTimeFormat(
    undefined,
    span > 300 * DAY ? { month: "short", year: "numeric" } : { day: "numeric", month: "short" },
  );

  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby={titleId}>
      <Stack gap="sm">
        <Stack gap={2}>
          <Title order={2} size="h4" id={titleId}>
            Interviews over time
          </Title>
          <Text size="sm" c="dimmed">
            Each interview's overall score (1–4) from the interviewer and, beside it, the candidate's own; below, their
            later interviews elsewhere.
          </Text>
        </Stack>
        <ChartLegend
          items={[
            { label: "Interviewer's score", marker: <circle cx={7} cy={7} r={5} fill={colors.score} /> },
            { label: "Self-assessment", marker: <Diamond x={7} y={7} size={5} /> },
            { label: "Later outcome: passed", marker: <Triangle x={7} y={8} /> },
            { label: "Later outcome: not passed", marker: <Cross x={7} y={7} /> },
          ]}
        />
        <Box ref={ref} data-testid="interview-chart">
          <svg width={width} height={height} role="img" aria-labelledby={titleId} style={{ display: "block" }}>
            <title>Interviews over time</title>
            <YAxis
              scale={y}
              ticks={[1, 2, 3, 4]}
              at={margin.left}
              across={[margin.left, width - margin.right]}
              label="Overall score"
            />
            <XAxis
              scale={x}
              ticks={timeTicks(x.domain, width < 480 ? 3 : 6)}
              at={axisY}
              across={[margin.top, axisY]}
              label="Date"
              format={(value) => tickFormat.format(new Date(value))}
            />
            <text
              x={margin.left - 8}
              y={stripY}
              dy="0.32em"
              textAnchor="end"
              fontSize={11}
              fill="var(--mantine-color-gray-7)"
              aria-hidden
            >
              Later
            </text>
            {interviews.map(({ interview, at }) => (
              <g key={interview.id}>
                {interview.assessment ? (
                  <circle
                    cx={x(at) - 4}
                    cy={y(interview.assessment.overall)}
                    r={6}
                    fill={colors.score}
                    fillOpacity={0.9}
                  >
                    <title>{`${formatDate(new Date(at).toISOString())}: ${interview.interviewer.name} scored ${interview.assessment.overall}`}</title>
                  </circle>
                ) : null}
                {interview.selfAssessment?.overall != null ? (
                  <g>
                    <title>{`${formatDate(new Date(at).toISOString())}: self-assessed ${interview.selfAssessment.overall}`}</title>
                    <Diamond x={x(at) + 5} y={y(interview.selfAssessment.overall)} />
                  </g>
                ) : null}
              </g>
            ))}
            {outcomes.map(({ outcome, at }) => (
              <g key={outcome.id}>
                <title>{`${formatDate(outcome.at)}: ${outcome.passed ? "passed" : "did not pass"}${outcome.company ? ` at ${outcome.company}` : ""}${outcome.stage ? ` (${outcome.stage})` : ""}`}</title>
                {outcome.passed ? <Triangle x={x(at)} y={stripY} /> : <Cross x={x(at)} y={stripY} />}
              </g>
            ))}
          </svg>
        </Box>
        <VisuallyHidden>
          <ul aria-label="Interviews and outcomes in date order">
            {[
              ...interviews.map((i) => ({ at: i.at, text: interviewText(i.interview) })),
              ...outcomes.map((o) => ({
                at: o.at,
                text: `later interview ${o.outcome.passed ? "passed" : "not passed"}${o.outcome.company ? ` at ${o.outcome.company}` : ""}`,
              })),
            ]
              .sort((a, b) => a.at - b.at)
              .map((item) => (
                <li key={`${item.at}-${item.text}`}>
                  {formatDate(new Date(item.at).toISOString())}: {item.text}
                </li>
              ))}
          </ul>
        </VisuallyHidden>
      </Stack>
    </Card>
  );
}

function interviewText(interview: CandidateDetail["interviews"][number]): string {
  const parts = [`interview with ${interview.interviewer.name}`];
  if (interview.assessment) parts.push(`scored ${interview.assessment.overall}`);
  if (interview.selfAssessment?.overall != null) parts.push(`self-assessed ${interview.selfAssessment.overall}`);
  return parts.join(", ");
}
