import { Badge, Box, Card, Group, Stack, Text, Title } from "@mantine/core";
import { memo, useDeferredValue, useMemo } from "react";
import type { QuestionLayer } from "../api/types";
import { completedAtOf, currentLayerOf } from "./currentLayer";
import { formatClock, layerColorName } from "./kinds";
import { useShownEvents } from "./useShownEvents";

interface CurrentLayerProps {
  interviewId: string;
  layers: QuestionLayer[];
  /** The interviewer's private guide is shown to the interviewer only. */
  showGuide: boolean;
}

/** The layer the interview is on, what it asks, and the guide; it follows a key press a moment later. */
export function CurrentLayer({ interviewId, layers, showGuide }: CurrentLayerProps) {
  const events = useDeferredValue(useShownEvents(interviewId));
  const current = useMemo(() => {
    const layer = currentLayerOf(events);
    return { layer, completedAt: completedAtOf(events, layer) };
  }, [events]);
  return (
    <CurrentLayerCard layers={layers} current={current.layer} completedAt={current.completedAt} showGuide={showGuide} />
  );
}

interface CardProps {
  layers: QuestionLayer[];
  current: number;
  completedAt: number | undefined;
  showGuide: boolean;
}

// Memoised on its few values: a key press that does not change the layer does not render it.
const CurrentLayerCard = memo(function CurrentLayerCard({ layers, current, completedAt, showGuide }: CardProps) {
  const layer = layers[current - 1];
  const next = layers[current];
  return (
    <Card
      withBorder
      radius="md"
      padding="md"
      component="section"
      aria-labelledby="layer-heading"
      style={{ borderLeft: `6px solid var(--mantine-color-${layerColorName(current - 1)}-5)` }}
    >
      <Stack gap={6}>
        <Group justify="space-between" gap="xs">
          <Text size="xs" tt="uppercase" fw={700} c="dimmed">
            Current layer {layers.length ? `${current} of ${layers.length}` : current}
          </Text>
          {completedAt !== undefined ? (
            <Badge color="teal" variant="light" tt="none">
              Completed at {formatClock(completedAt)}
            </Badge>
          ) : layer?.expectedMinutes ? (
            <Badge color="gray" variant="light" tt="none">
              Strong candidates: about {layer.expectedMinutes} min
            </Badge>
          ) : null}
        </Group>
        <Title order={2} size="h3" id="layer-heading">
          {layer?.title ?? (layers.length ? `Layer ${current}` : "No question chosen")}
        </Title>
        {layer?.description ? <Text style={{ whiteSpace: "pre-wrap" }}>{layer.description}</Text> : null}
        {layer?.guide && showGuide ? (
          <Box p="sm" mt={4} bg="yellow.0" style={{ borderRadius: "var(--mantine-radius-md)" }}>
            <Text size="xs" fw={700} c="yellow.9" tt="uppercase">
              Your guide (private)
            </Text>
            <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
              {layer.guide}
            </Text>
          </Box>
        ) : null}
        {next ? (
          <Text size="sm" c="dimmed">
            Next (X): {next.title}
          </Text>
        ) : null}
      </Stack>
    </Card>
  );
});
