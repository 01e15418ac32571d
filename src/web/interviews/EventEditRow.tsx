import { ActionIcon, Button, Group, Select, Table, TextInput } from "@mantine/core";
import { IconCheck, IconX } from "@tabler/icons-react";
import { useState } from "react";
import type { HintTopic } from "../api/types";
import { formatClock, kindInfo, parseClock } from "./kinds";
import type { EventChange } from "./outbox";
import type { ShownEvent } from "./queries";

/** An event's row while it is corrected: its time, its topic (a hint's) and its text. */
export function EventEditRow({
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
