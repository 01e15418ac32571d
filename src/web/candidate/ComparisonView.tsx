// The two views side by side, point by point: the candidate's answer and the interviewer's (or that it is
// not shared), what the difference says about the candidate's own view, and the interviewer's reason.
import { Card, Stack, Text, Title } from "@mantine/core";
import type { ComparisonResponse } from "../../features/candidate-portal/schemas";
import classes from "./candidate.module.css";
import { comparisonSummary, verdictLabels } from "./comparisonText";
import { ScaleMarks } from "./ScaleMarks";

type Point = ComparisonResponse["points"][number];

// The verdict's tint carries the colour; its words are dark, for AA contrast on every tint.
const verdictColors: Record<Point["verdict"], string> = {
  agree: "teal",
  harder: "blue",
  easier: "orange",
  unanswered: "gray",
};

export function ComparisonView({
  comparison,
  interviewerName,
}: {
  comparison: ComparisonResponse;
  interviewerName: string;
}) {
  return (
    <Stack gap="md">
      <Text size="lg" fw={500} data-testid="comparison-summary">
        {comparisonSummary(comparison.summary)}
      </Text>
      <Text size="sm" c="dimmed">
        1 poor · 2 below the bar · 3 at the bar · 4 exceptional
      </Text>
      {comparison.points.map((point) => (
        <PointCard key={point.id} point={point} interviewerName={interviewerName} />
      ))}
    </Stack>
  );
}

function PointCard({ point, interviewerName }: { point: Point; interviewerName: string }) {
  const color = verdictColors[point.verdict];
  return (
    <Card
      withBorder
      padding="md"
      component="article"
      className={classes.keepTogether}
      data-testid={`point-${point.id}`}
    >
      <Stack gap="sm">
        <Stack gap={6} align="flex-start">
          <Title order={3} size="h5">
            {point.label}
          </Title>
          {/* A tinted line rather than a badge: it wraps on a phone instead of being cut off. */}
          <Text
            size="sm"
            fw={600}
            c="dark.8"
            bg={`${color}.1`}
            px={10}
            py={2}
            style={{ borderRadius: "var(--mantine-radius-md)" }}
            data-testid="verdict"
          >
            {verdictLabels[point.verdict]}
          </Text>
        </Stack>
        {typeof point.candidate === "boolean" || typeof point.interviewer === "boolean" ? (
          <PassedLines point={point} />
        ) : (
          <ScaleMarks
            marks={[
              {
                who: "You",
                value: point.candidate,
                missing: "not answered",
                color: "var(--mantine-color-indigo-6)",
                shape: "circle",
              },
              {
                who: "Interviewer",
                value: point.interviewer,
                missing: "not shared",
                color: "var(--mantine-color-teal-7)",
                shape: "square",
              },
            ]}
          />
        )}
        {point.reason ? (
          <Stack gap={2}>
            <Text size="sm" fw={600}>
              Why, in {interviewerName}'s words
            </Text>
            <Text size="sm" style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>
              {point.reason}
            </Text>
          </Stack>
        ) : null}
      </Stack>
    </Card>
  );
}

/** "Did you pass?": yes or no on each side, in words. */
function PassedLines({ point }: { point: Point }) {
  const you =
    point.candidate === null
      ? "not answered"
      : point.candidate
        ? "you thought you passed"
        : "you thought you did not pass";
  const them =
    point.interviewer === null
      ? "not shared"
      : point.interviewer
        ? "you advanced to the next round"
        : "you did not advance this time";
  return (
    <Stack gap={2}>
      <Text size="sm">
        <strong>You:</strong> {you}
      </Text>
      <Text size="sm">
        <strong>The outcome:</strong> {them}
      </Text>
    </Stack>
  );
}
