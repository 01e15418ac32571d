import { Button, Card, Stack, Text, Title } from "@mantine/core";
import { IconPlayerPlay } from "@tabler/icons-react";
import { KeyLegend } from "./KeyLegend";

interface ReadyToStartProps {
  interviewerName: string;
  /** Starts the interview; null for anyone but its interviewer. */
  onStart: (() => void) | null;
  starting: boolean;
}

/** A scheduled interview: what starting it does, the keys, and the button. */
export function ReadyToStart({ interviewerName, onStart, starting }: ReadyToStartProps) {
  return (
    <Card withBorder radius="md" padding="xl">
      <Stack gap="sm" align="flex-start">
        <Title order={2} size="h3">
          Ready when you are
        </Title>
        <Text c="dimmed" maw={640}>
          Starting the interview starts its clock. From then on, one key records each event, stamped with the second you
          press it: no mouse needed.
        </Text>
        <KeyLegend />
        {onStart ? (
          <Button
            size="lg"
            mt="sm"
            leftSection={<IconPlayerPlay size={20} aria-hidden />}
            loading={starting}
            onClick={onStart}
          >
            Start the interview
          </Button>
        ) : (
          <Text size="sm">Only {interviewerName}, who runs this interview, can start it.</Text>
        )}
      </Stack>
    </Card>
  );
}
