// The specifics noted so far, in the order they happened. Private notes stay off the shared screen
// unless the interviewer chooses to show them: they were written for the interviewer, not the candidate.
import { Badge, Card, Group, Stack, Switch, Text, Title } from "@mantine/core";
import { useState } from "react";
import type { InterviewEvent } from "../api/types";
import { formatClock, kindInfo } from "../interviews/kinds";

export function RecordedSpecifics({
  events,
  layerTitles,
  topicLabel,
}: {
  events: InterviewEvent[];
  layerTitles: string[];
  topicLabel: (slug: string) => string;
}) {
  const [showNotes, setShowNotes] = useState(false);
  const shown = events.filter((event) => !event.deleted && (showNotes || event.kind !== "note"));
  return (
    <Card withBorder radius="md" padding="lg">
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap">
          <Title order={2} size="h3">
            What was noted so far
          </Title>
          <Switch
            label="Show my private notes"
            checked={showNotes}
            onChange={(event) => setShowNotes(event.currentTarget.checked)}
          />
        </Group>
        {shown.length === 0 ? (
          <Text c="dimmed">Nothing has been noted yet.</Text>
        ) : (
          <Stack gap={6} component="ol" style={{ listStyle: "none", padding: 0, margin: 0 }}>
            {shown.map((event) => (
              // On a phone the text wraps below the time and the kind rather than being squeezed beside them.
              <Group key={event.id} gap="xs" wrap="wrap" align="flex-start" component="li">
                <Text ff="monospace" size="lg" c="dimmed" w={64} style={{ flexShrink: 0 }}>
                  {formatClock(event.at)}
                </Text>
                <Badge color={kindInfo[event.kind].color} variant="light" style={{ flexShrink: 0 }} mt={4}>
                  {kindInfo[event.kind].label}
                </Badge>
                <Text size="lg" style={{ flex: "1 1 14rem", minWidth: 0, overflowWrap: "anywhere" }}>
                  {describe(event, layerTitles, topicLabel)}
                </Text>
              </Group>
            ))}
          </Stack>
        )}
      </Stack>
    </Card>
  );
}

function describe(event: InterviewEvent, layerTitles: string[], topicLabel: (slug: string) => string): string {
  const layer = event.layer ? (layerTitles[event.layer - 1] ?? `Layer ${event.layer}`) : null;
  const parts = [
    event.kind === "hint" && event.topic ? topicLabel(event.topic) : null,
    (event.kind === "layer_completed" || event.kind === "constraint_change") && layer ? `“${layer}”` : null,
    event.text,
  ].filter(Boolean);
  return parts.join(" · ");
}
