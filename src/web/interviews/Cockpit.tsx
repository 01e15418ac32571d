import { Alert, Card, Grid, Group, Stack, Text, Title } from "@mantine/core";
import { IconLock } from "@tabler/icons-react";
import { memo } from "react";
import type { HintTopic, Interview, QuestionLayer } from "../api/types";
import { CockpitClock } from "./CockpitClock";
import { CurrentLayer } from "./CurrentLayer";
import { KeyLegend } from "./KeyLegend";
import { QuestionStatement } from "./QuestionStatement";
import { RecordingPanel } from "./RecordingPanel";
import type { Stamp } from "./useEventStamp";

interface CockpitProps {
  interview: Interview;
  startedMs: number;
  topics: HintTopic[];
  layers: QuestionLayer[];
  stamp: () => Stamp;
  canTakeNotes: boolean;
}

/**
 * The live interview: the clock, the keys, the layer the candidate is on and the statement. Each part
 * renders on its own (the clock each second, the recording panel on a key press, the layer on a constraint
 * change), so a key press does not render the cockpit around them.
 */
export const Cockpit = memo(function Cockpit({
  interview,
  startedMs,
  topics,
  layers,
  stamp,
  canTakeNotes,
}: CockpitProps) {
  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, md: 5 }}>
        <Stack gap="lg">
          <CockpitClock startedMs={startedMs} plannedSeconds={interview.durationMinutes * 60} />
          {canTakeNotes ? (
            <Card withBorder radius="md" padding="md" component="section" aria-labelledby="keys-heading">
              <Stack gap="sm">
                <Group justify="space-between">
                  <Title order={2} size="h5" id="keys-heading">
                    Keys
                  </Title>
                  <Text size="xs" c="dimmed">
                    Not while typing in a field
                  </Text>
                </Group>
                <KeyLegend compact />
              </Stack>
            </Card>
          ) : (
            <Alert color="gray" icon={<IconLock aria-hidden />}>
              Only {interview.interviewer.name}, who runs this interview, takes its notes. You see them as they are
              saved.
            </Alert>
          )}
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 7 }}>
        <Stack gap="lg">
          <CurrentLayer interviewId={interview.id} layers={layers} showGuide={canTakeNotes} />
          {canTakeNotes ? (
            <RecordingPanel interviewId={interview.id} topics={topics} layers={layers} stamp={stamp} />
          ) : null}
          {interview.question ? <QuestionStatement questionId={interview.question.id} /> : null}
        </Stack>
      </Grid.Col>
    </Grid>
  );
});
