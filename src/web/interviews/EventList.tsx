import {
  ActionIcon,
  Badge,
  Button,
  Card,
  Group,
  Select,
  Table,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from "@mantine/core";
import {
  IconAlertTriangle,
  IconArrowBackUp,
  IconCheck,
  IconClockEdit,
  IconPencil,
  IconTrash,
  IconX,
} from "@tabler/icons-react";
import { memo, useState } from "react";
import type { HintTopic, QuestionLayer } from "../api/types";
import { Marker } from "./InterviewTimeline";
import { formatClock, kindInfo, parseClock } from "./kinds";
import { changeEvent, discard, type EventChange, resendAsNew } from "./outbox";
import type { ShownEvent } from "./queries";

interface EventListProps {
  interviewId: string;
  events: ShownEvent[];
  topics: HintTopic[];
  layers: QuestionLayer[];
  editable: boolean;
}

/** Every event in order, the accessible companion of the timeline: correct, re-stamp, delete and restore. */
export const EventList = memo(function EventList({ interviewId, events, topics, layers, editable }: EventListProps) {
  const [editing, setEditing] = useState<{ id: string; focus: "text" | "at" } | null>(null);
  const change = (id: string, body: EventChange) => void changeEvent(interviewId, id, body);
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
                  <EditRow
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
                  <Table.Tr
                    key={event.id}
                    id={`event-${event.id}`}
                    data-event-row={event.id}
                    data-deleted={event.deleted || undefined}
                  >
                    <Table.Td style={{ textDecoration: event.deleted ? "line-through" : undefined }}>
                      <Text size="sm" ff="monospace" c={event.deleted ? "dimmed" : undefined}>
                        {formatClock(event.at)}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Group
                        gap={6}
                        wrap="nowrap"
                        style={{ textDecoration: event.deleted ? "line-through" : undefined }}
                      >
                        <svg width={14} height={14} viewBox="0 0 14 14" aria-hidden style={{ flex: "none" }}>
                          <Marker info={kindInfo[event.kind]} x={7} y={7} size={5} />
                        </svg>
                        <Text size="sm" fw={500} c={event.deleted ? "dimmed" : undefined}>
                          {kindInfo[event.kind].label}
                          {event.layer ? ` · L${event.layer}` : ""}
                        </Text>
                      </Group>
                      {event.layer && layers[event.layer - 1] ? (
                        <Text size="xs" c="dimmed" truncate maw={180}>
                          {layers[event.layer - 1]?.title}
                        </Text>
                      ) : null}
                    </Table.Td>
                    <Table.Td>
                      <Group gap={6} wrap="wrap">
                        {event.topic ? (
                          <Badge size="sm" variant="light" color="orange" tt="none">
                            {topics.find((topic) => topic.slug === event.topic)?.label ?? event.topic}
                          </Badge>
                        ) : null}
                        <Text
                          size="sm"
                          c={event.deleted || !event.text ? "dimmed" : undefined}
                          td={event.deleted ? "line-through" : undefined}
                          style={{ overflowWrap: "anywhere" }}
                        >
                          {event.text || (event.deleted ? "" : "—")}
                        </Text>
                        {event.deleted ? (
                          <Badge size="sm" variant="outline" color="gray" tt="none">
                            Deleted
                          </Badge>
                        ) : null}
                        {event.pending ? (
                          <Badge
                            size="sm"
                            variant="light"
                            color="orange"
                            tt="none"
                            title="Kept on this device until the server has it"
                          >
                            Saving
                          </Badge>
                        ) : null}
                      </Group>
                      {event.failed ? (
                        <Group gap={6} mt={4} c="red.7" wrap="wrap" role="alert">
                          <IconAlertTriangle size={14} aria-hidden />
                          <Text size="xs" fw={600}>
                            Not saved{event.failed.status === 409 ? " (conflict)" : ""}: {event.failed.message}
                          </Text>
                          <Button
                            size="compact-xs"
                            variant="light"
                            onClick={() => event.failed && resendAsNew(event.failed.order)}
                          >
                            Save as a new event
                          </Button>
                          <Button
                            size="compact-xs"
                            variant="subtle"
                            color="red"
                            onClick={() => event.failed && discard(event.failed.order)}
                          >
                            Discard mine
                          </Button>
                        </Group>
                      ) : null}
                    </Table.Td>
                    {editable ? (
                      <Table.Td>
                        {event.deleted ? (
                          <Button
                            size="compact-sm"
                            variant="subtle"
                            leftSection={<IconArrowBackUp size={14} aria-hidden />}
                            onClick={() => change(event.id, { deleted: false })}
                            aria-label={`Restore ${kindInfo[event.kind].label.toLowerCase()} at ${formatClock(event.at)}`}
                          >
                            Restore
                          </Button>
                        ) : (
                          <Group gap={2} wrap="nowrap">
                            <ActionIcon
                              title="Edit text"
                              variant="subtle"
                              color="gray"
                              aria-label={`Edit ${kindInfo[event.kind].label.toLowerCase()} at ${formatClock(event.at)}`}
                              onClick={() => setEditing({ id: event.id, focus: "text" })}
                            >
                              <IconPencil size={16} />
                            </ActionIcon>
                            <ActionIcon
                              title="Re-stamp"
                              variant="subtle"
                              color="gray"
                              aria-label={`Re-stamp ${kindInfo[event.kind].label.toLowerCase()} at ${formatClock(event.at)}`}
                              onClick={() => setEditing({ id: event.id, focus: "at" })}
                            >
                              <IconClockEdit size={16} />
                            </ActionIcon>
                            <ActionIcon
                              title="Delete (kept in history)"
                              variant="subtle"
                              color="red"
                              aria-label={`Delete ${kindInfo[event.kind].label.toLowerCase()} at ${formatClock(event.at)}`}
                              onClick={() => change(event.id, { deleted: true })}
                            >
                              <IconTrash size={16} />
                            </ActionIcon>
                          </Group>
                        )}
                      </Table.Td>
                    ) : null}
                  </Table.Tr>
                ),
              )}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Card>
  );
});

function EditRow({
  event,
  topics,
  focus,
  onSave,
  onCancel,
}: {
  event: ShownEvent;
  topics: HintTopic[];
  focus: "text" | "at";
  onSave: (body: EventChange) => void;
  onCancel: () => void;
}) {
  const [at, setAt] = useState(formatClock(event.at));
  const [text, setText] = useState(event.text ?? "");
  const [topic, setTopic] = useState(event.topic);
  const [error, setError] = useState<string | null>(null);
  const save = () => {
    const seconds = parseClock(at);
    if (seconds === null || seconds > 86_400) {
      setError("Enter a time as m:ss");
      return;
    }
    const body: EventChange = {};
    if (seconds !== event.at) body.at = seconds;
    if (text.trim() !== (event.text ?? "")) body.text = text.trim() || null;
    if (topic !== event.topic) body.topic = topic;
    onSave(body);
  };
  const keys = (e: React.KeyboardEvent) => {
    if (e.key === "Enter") {
      e.preventDefault();
      save();
    } else if (e.key === "Escape") {
      e.preventDefault();
      onCancel();
    }
  };
  return (
    <Table.Tr data-event-row={event.id}>
      <Table.Td colSpan={4}>
        <Group gap="sm" align="flex-start" wrap="wrap">
          <TextInput
            label="Time"
            w={90}
            value={at}
            error={error}
            autoFocus={focus === "at"}
            onChange={(e) => setAt(e.currentTarget.value)}
            onKeyDown={keys}
            styles={{ input: { fontFamily: "var(--mantine-font-family-monospace)" } }}
          />
          {event.kind === "hint" ? (
            <Select
              label="Topic"
              w={180}
              data={topics.map((t) => ({ value: t.slug, label: t.label }))}
              value={topic}
              onChange={setTopic}
              clearable
            />
          ) : null}
          <TextInput
            label={`${kindInfo[event.kind].label}: text`}
            style={{ flex: "1 1 220px" }}
            value={text}
            autoFocus={focus === "text"}
            onChange={(e) => setText(e.currentTarget.value)}
            onKeyDown={keys}
          />
          <Group gap={4} mt={25} wrap="nowrap">
            <Button size="sm" leftSection={<IconCheck size={14} aria-hidden />} onClick={save}>
              Save
            </Button>
            <ActionIcon size="lg" variant="default" aria-label="Cancel" onClick={onCancel}>
              <IconX size={16} />
            </ActionIcon>
          </Group>
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}
