import { ActionIcon, Badge, Button, Group, Table, Text } from "@mantine/core";
import { IconAlertTriangle, IconArrowBackUp, IconClockEdit, IconPencil, IconTrash } from "@tabler/icons-react";
import { memo } from "react";
import type { HintTopic, QuestionLayer } from "../api/types";
import { Marker } from "./EventMarker";
import { formatClock, kindInfo } from "./kinds";
import { discard, type EventChange, resendAsNew } from "./outbox";
import type { ShownEvent } from "./queries";

interface EventRowProps {
  event: ShownEvent;
  topics: HintTopic[];
  layers: QuestionLayer[];
  editable: boolean;
  onEdit: (id: string, focus: "text" | "at") => void;
  onChange: (id: string, body: EventChange) => void;
}

/** One event in the list. Memoised: a new event renders its own row, not every row before it. */
export const EventRow = memo(function EventRow({ event, topics, layers, editable, onEdit, onChange }: EventRowProps) {
  return (
    <Table.Tr id={`event-${event.id}`} data-event-row={event.id} data-deleted={event.deleted || undefined}>
      <Table.Td style={{ textDecoration: event.deleted ? "line-through" : undefined }}>
        <Text size="sm" ff="monospace" c={event.deleted ? "dimmed" : undefined}>
          {formatClock(event.at)}
        </Text>
      </Table.Td>
      <Table.Td>
        <Group gap={6} wrap="nowrap" style={{ textDecoration: event.deleted ? "line-through" : undefined }}>
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
            <Button size="compact-xs" variant="light" onClick={() => event.failed && resendAsNew(event.failed.order)}>
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
              onClick={() => onChange(event.id, { deleted: false })}
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
                onClick={() => onEdit(event.id, "text")}
              >
                <IconPencil size={16} />
              </ActionIcon>
              <ActionIcon
                title="Re-stamp"
                variant="subtle"
                color="gray"
                aria-label={`Re-stamp ${kindInfo[event.kind].label.toLowerCase()} at ${formatClock(event.at)}`}
                onClick={() => onEdit(event.id, "at")}
              >
                <IconClockEdit size={16} />
              </ActionIcon>
              <ActionIcon
                title="Delete (kept in history)"
                variant="subtle"
                color="red"
                aria-label={`Delete ${kindInfo[event.kind].label.toLowerCase()} at ${formatClock(event.at)}`}
                onClick={() => onChange(event.id, { deleted: true })}
              >
                <IconTrash size={16} />
              </ActionIcon>
            </Group>
          )}
        </Table.Td>
      ) : null}
    </Table.Tr>
  );
});
