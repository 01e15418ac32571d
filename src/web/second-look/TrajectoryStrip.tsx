// A candidate's path at a glance: their interviews here (the overall score, high is better; filled when
// they advanced), later outcomes elsewhere (▲ passed, ✕ not) and offers (★), in time order. The list
// beside it says the same in words for screen readers and for anyone who would rather read.
import { Box, Text, VisuallyHidden } from "@mantine/core";
import { formatDate } from "../shared/format";
import type { SecondLook } from "./queries";

const WIDTH = 220;
const HEIGHT = 56;
const PAD = 10;
const colors = {
  advanced: "var(--mantine-color-teal-7)",
  stopped: "var(--mantine-color-indigo-6)",
  passed: "var(--mantine-color-teal-7)",
  failed: "var(--mantine-color-red-7)",
  offer: "var(--mantine-color-yellow-7)",
};

function describePoint(point: SecondLook["trajectory"][number]): string {
  const when = formatDate(point.at);
  if (point.kind === "interview") {
    const score = point.overall === null ? "not assessed" : `overall ${point.overall} of 4`;
    const decision = point.advance === null ? "" : point.advance ? ", advanced" : ", did not advance";
    return `${when}: interview here, ${score}${decision}${point.feedbackShared ? ", feedback given" : ""}`;
  }
  if (point.kind === "outcome") {
    return `${when}: ${point.passed ? "passed" : "did not pass"} an interview${point.company ? ` at ${point.company}` : " elsewhere"}`;
  }
  return `${when}: offer ${point.accepted ? "accepted" : "declined"}`;
}

export function TrajectoryStrip({ points }: { points: SecondLook["trajectory"] }) {
  const times = points.map((point) => new Date(point.at).getTime());
  const [min, max] = [Math.min(...times), Math.max(...times)];
  const x = (at: string) =>
    max === min ? WIDTH / 2 : PAD + ((new Date(at).getTime() - min) / (max - min)) * (WIDTH - 2 * PAD);
  const y = (overall: number) => HEIGHT - PAD - ((overall - 1) / 3) * (HEIGHT - 2 * PAD - 8);
  return (
    <Box>
      <svg width={WIDTH} height={HEIGHT} role="img" aria-hidden style={{ overflow: "visible" }}>
        <line x1={PAD} x2={WIDTH - PAD} y1={HEIGHT - 2} y2={HEIGHT - 2} stroke="var(--mantine-color-gray-3)" />
        {points.map((point) => {
          const cx = x(point.at);
          const key = `${point.kind}-${point.at}`;
          if (point.kind === "interview") {
            const color = point.advance ? colors.advanced : colors.stopped;
            return (
              <circle
                key={key}
                cx={cx}
                cy={y(point.overall ?? 1)}
                r={5}
                fill={point.advance ? color : "white"}
                stroke={color}
                strokeWidth={2}
              />
            );
          }
          if (point.kind === "outcome") {
            return point.passed ? (
              <path key={key} d={`M${cx},2L${cx + 6},12L${cx - 6},12Z`} fill={colors.passed} />
            ) : (
              <path
                key={key}
                d={`M${cx - 5},2L${cx + 5},12M${cx + 5},2L${cx - 5},12`}
                stroke={colors.failed}
                strokeWidth={2}
              />
            );
          }
          return (
            <text key={key} x={cx} y={12} textAnchor="middle" fontSize={14} fill={colors.offer}>
              ★
            </text>
          );
        })}
      </svg>
      <Text size="xs" c="dimmed" aria-hidden>
        ○ interview here (higher, better) · ● advanced · ▲ passed elsewhere · ✕ not · ★ offer
      </Text>
      <VisuallyHidden>
        <ul>
          {points.map((point) => (
            <li key={`${point.kind}-${point.at}`}>{describePoint(point)}</li>
          ))}
        </ul>
      </VisuallyHidden>
    </Box>
  );
}
