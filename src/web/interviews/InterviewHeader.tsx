import { Anchor, Badge, Button, Group, Stack, Text, Title } from "@mantine/core";
import { IconClipboardCheck, IconFlag, IconPresentation } from "@tabler/icons-react";
import { memo, type ReactNode } from "react";
import { Link } from "react-router";
import type { Interview } from "../api/types";
import { formatDateTime } from "../shared/format";
import { stageLabels } from "./kinds";
import { SaveStatus } from "./SaveStatus";

const statusBadges = {
  scheduled: { color: "gray", label: "Scheduled" },
  live: { color: "red", label: "Live" },
  finished: { color: "teal", label: "Finished" },
} as const;

interface InterviewHeaderProps {
  interview: Interview;
  back: ReactNode;
  /** Shows "Finish the interview" (to the interviewer, while it runs). */
  onFinish: (() => void) | null;
}

/** Who, which question, when; whether everything is saved; and the way to finish. */
export const InterviewHeader = memo(function InterviewHeader({ interview, back, onFinish }: InterviewHeaderProps) {
  const status = statusBadges[interview.status];
  return (
    <Stack gap={4}>
      {back}
      <Group justify="space-between" align="flex-start" gap="sm">
        <Stack gap={4} miw={0}>
          <Group gap="sm">
            <Title order={1} size="h2" style={{ overflowWrap: "anywhere" }}>
              {interview.candidate.name}
            </Title>
            <Badge color={status.color} variant={interview.status === "live" ? "filled" : "light"}>
              {status.label}
            </Badge>
            {interview.stage ? (
              <Badge variant="outline" color="gray">
                {stageLabels[interview.stage]}
              </Badge>
            ) : null}
          </Group>
          <Text size="sm" c="dimmed">
            {interview.question ? (
              <>
                <Anchor component={Link} to={`/questions/${interview.question.id}`} size="sm">
                  {interview.question.title}
                </Anchor>{" "}
                (version {interview.question.version}) ·{" "}
              </>
            ) : (
              "No question · "
            )}
            {interview.interviewer.name} · {interview.durationMinutes} min
            {interview.scheduledAt ? ` · planned ${formatDateTime(interview.scheduledAt)}` : ""}
          </Text>
        </Stack>
        <Group gap="md" align="center">
          {interview.status !== "scheduled" ? <SaveStatus /> : null}
          {interview.status === "live" ? (
            // In its own tab, so the cockpit keeps running while the debrief is shared.
            <Button
              component={Link}
              to={`/interviews/${interview.id}/debrief`}
              target="_blank"
              rel="noopener"
              variant="default"
              leftSection={<IconPresentation size={16} aria-hidden />}
            >
              Debrief screen
            </Button>
          ) : null}
          {interview.status !== "scheduled" ? (
            <Button
              component={Link}
              to={`/interviews/${interview.id}/feedback`}
              variant={interview.status === "finished" ? "filled" : "default"}
              leftSection={<IconClipboardCheck size={16} aria-hidden />}
            >
              Assess and write feedback
            </Button>
          ) : null}
          {onFinish ? (
            <Button color="red" variant="light" leftSection={<IconFlag size={16} aria-hidden />} onClick={onFinish}>
              Finish the interview
            </Button>
          ) : null}
        </Group>
      </Group>
    </Stack>
  );
});
