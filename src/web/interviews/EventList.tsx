import { Card, Group, Table, Text, Title, VisuallyHidden } from "@mantine/core";
import { memo, useCallback, useDeferredValue, useState } from "react";
import type { HintTopic, QuestionLayer } from "../api/types";
import { EventEditRow } from "./EventEditRow";
import { EventRow } from "./EventRow";
import { changeEvent, type EventChange } from "./outbox";
import type { ShownEvent } from "./queries";
import { useShownEvents } from "./useShownEvents";

interface EventListProps {
  interviewId: string;
  topics: HintTopic[];
  layers: QuestionLayer[];
  editable: boolean;
}

/**
 * Every event in order, the accessible companion of the timeline: correct, re-stamp, delete and restore.
 * It follows a key press a moment later (deferred), so that the timeline never waits for the list.
 */
export function EventList(props: EventListProps) {
  const events = useDeferredValue(useShownEvents(props.interviewId));
  return <EventTable {...props} events={events} />;
}

const EventTable = memo(function EventTable({
  interviewId,
  events,
  topics,
  layers,
  editable,
}: EventListProps & { events: ShownEvent[] }) {
  const [editing, setEditing] = useState<{ id: string; focus: "text" | "at" } | null>(null);
  const change = useCallback((id: string, body: EventChange) => void changeEvent(interviewId, id, body), [interviewId]);
  const edit = useCallback((id: string, focus: "text" | "at") => setEditing({ id, focus }), []);
  const live = events.filter((event) => !event.deleted).length;

  return (
    <Card withBorder radius="md" padding={0} component="section" aria-labelledby="events-heading">
      <Group justify="space-between" p="md" pb="sm">
        <Title order={2} size="h4" id="events-heading">
          Events
        </Title>
        <Text size="sm" c="dimmed">
          {live} recorded{events.length > live ? `, ${events.length - live} deleted` : ""}
        </Text>
      </Group>
      {events.length === 0 ? (
        <Text size="sm" c="dimmed" p="md" pt={0}>
          Nothing recorded yet. Press a key from the legend: N for a note, Q for a clarifying question, …
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={500}>
          <Table
            verticalSpacing={6}
            horizontalSpacing="md"
            aria-label="Events in order of time"
            data-testid="event-list"
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={64}>Time</Table.Th>
                <Table.Th w={200}>Event</Table.Th>
                <Table.Th>Text</Table.Th>
                {editable ? (
                  <Table.Th w={110}>
                    <VisuallyHidden>Actions</VisuallyHidden>
                  </Table.Th>
                ) : null}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {events.map((event) =>
                editing?.id === event.id ? (
                  <EventEditRow
                    key={event.id}
                    event={event}
                    topics={topics}
                    focus={editing.focus}
                    onCancel={() => setEditing(null)}
                    onSave={(body) => {
                      if (Object.keys(body).length) change(event.id, body);
                      setEditing(null);
                    }}
                  />
                ) : (
                  <EventRow
                    key={event.id}
                    event={event}
                    topics={topics}
                    layers={layers}
                    editable={editable}
                    onEdit={edit}
                    onChange={change}
                  />
                ),
              )}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Card>
  );
});
