import { Card, Group, Progress, Stack, Text } from "@mantine/core";
import { memo, useEffect, useState } from "react";
import { formatClock } from "./kinds";
import { serverNow } from "./serverClock";
import { secondsSince } from "./useEventStamp";

/** The elapsed time, large, against the planned duration; it ticks on its own, re-rendering nothing else. */
export const CockpitClock = memo(function CockpitClock({
  startedMs,
  plannedSeconds,
}: {
  startedMs: number;
  plannedSeconds: number;
}) {
  const [elapsed, setElapsed] = useState(() => secondsSince(startedMs, serverNow()));
  useEffect(() => {
    // Four reads a second keep the display within a quarter of a second; it renders only when the second changes.
    const id = setInterval(() => setElapsed(secondsSince(startedMs, serverNow())), 250);
    return () => clearInterval(id);
  }, [startedMs]);
  const over = elapsed > plannedSeconds;
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-label="Clock">
      <Stack gap="xs">
        <Text size="xs" tt="uppercase" fw={700} c="dimmed">
          Elapsed
        </Text>
        <Group gap="sm" align="baseline" wrap="nowrap">
          <Text
            fz={{ base: 56, sm: 72 }}
            fw={700}
            lh={1}
            ff="monospace"
            c={over ? "red.7" : undefined}
            data-testid="clock"
            style={{ fontVariantNumeric: "tabular-nums" }}
            role="timer"
            aria-live="off"
          >
            {formatClock(elapsed)}
          </Text>
          <Text size="lg" c="dimmed" ff="monospace">
            / {formatClock(plannedSeconds)}
          </Text>
        </Group>
        <Progress
          value={Math.min(100, (elapsed / plannedSeconds) * 100)}
          color={over ? "red" : elapsed > plannedSeconds * 0.8 ? "orange" : "indigo"}
          size="md"
          aria-label="Time used of the planned duration"
        />
        {over ? (
          <Text size="sm" c="red.7" fw={500}>
            {formatClock(elapsed - plannedSeconds)} over the planned time
          </Text>
        ) : (
          <Text size="sm" c="dimmed">
            {formatClock(plannedSeconds - elapsed)} left
          </Text>
        )}
      </Stack>
    </Card>
  );
});
