// The complexity item's own detail: each wrong claim as what was said, what it is and what about, so the
// draft can say "you described the sort as O(n); it is O(n log n)" rather than "complexity mistakes".
import { ActionIcon, Button, Group, SegmentedControl, Stack, Text, TextInput } from "@mantine/core";
import { IconPlus, IconTrash } from "@tabler/icons-react";
import type { ComplexityMistake } from "../api/types";
import { type FieldMessage, messagesUnder } from "./assessmentForm";

interface ComplexityMistakesFieldProps {
  mistakes: ComplexityMistake[];
  onChange: ((mistakes: ComplexityMistake[]) => void) | null;
  /** The form path of the list: `checklist.complexity_mistakes.complexityMistakes`. */
  path: string;
  errors: FieldMessage[];
}

const blank: ComplexityMistake = { aspect: "time", claimed: "", actual: "", subject: "" };

export function ComplexityMistakesField({ mistakes, onChange, path, errors }: ComplexityMistakesFieldProps) {
  const readOnly = onChange === null;
  const update = (index: number, patch: Partial<ComplexityMistake>) =>
    onChange?.(mistakes.map((mistake, other) => (other === index ? { ...mistake, ...patch } : mistake)));
  const error = (index: number, field: keyof ComplexityMistake) =>
    messagesUnder(errors, `${path}.${index}.${field}`)[0];

  return (
    <Stack gap="xs" role="group" aria-label="Complexity mistakes">
      <Text size="sm" fw={500}>
        Complexity mistakes
      </Text>
      {mistakes.length === 0 ? (
        <Text size="xs" c="dimmed">
          {readOnly ? "None written down." : "Write down each wrong claim, so the feedback can correct it precisely."}
        </Text>
      ) : null}
      {mistakes.map((mistake, index) => (
        <Group
          // biome-ignore lint/suspicious/noArrayIndexKey: the rows have no id of their own and are only appended or removed
          key={index}
          gap="xs"
          align="flex-start"
          wrap="wrap"
          role="group"
          aria-label={`Complexity mistake ${index + 1}`}
        >
          <SegmentedControl
            color="indigo"
            size="xs"
            mt={22}
            data={[
              { value: "time", label: "Time" },
              { value: "space", label: "Space" },
            ]}
            value={mistake.aspect}
            readOnly={readOnly}
            onChange={(value) => update(index, { aspect: value as ComplexityMistake["aspect"] })}
            role="radiogroup"
            aria-label={`Time or space, mistake ${index + 1}`}
          />
          <TextInput
            size="xs"
            label="They said"
            placeholder="O(n)"
            w={110}
            value={mistake.claimed}
            readOnly={readOnly}
            error={error(index, "claimed")}
            onChange={(event) => update(index, { claimed: event.currentTarget.value })}
          />
          <TextInput
            size="xs"
            label="It is"
            placeholder="O(n log n)"
            w={110}
            value={mistake.actual}
            readOnly={readOnly}
            error={error(index, "actual")}
            onChange={(event) => update(index, { actual: event.currentTarget.value })}
          />
          <TextInput
            size="xs"
            label="About"
            placeholder="sorting the intervals"
            style={{ flex: "1 1 160px" }}
            value={mistake.subject}
            readOnly={readOnly}
            error={error(index, "subject")}
            onChange={(event) => update(index, { subject: event.currentTarget.value })}
          />
          {readOnly ? null : (
            <ActionIcon
              variant="subtle"
              color="red"
              mt={24}
              aria-label={`Remove complexity mistake ${index + 1}`}
              onClick={() => onChange?.(mistakes.filter((_, other) => other !== index))}
            >
              <IconTrash size={16} aria-hidden />
            </ActionIcon>
          )}
        </Group>
      ))}
      {readOnly ? null : (
        <Button
          size="xs"
          variant="subtle"
          leftSection={<IconPlus size={14} aria-hidden />}
          onClick={() => onChange?.([...mistakes, blank])}
          style={{ alignSelf: "flex-start" }}
        >
          Add a complexity mistake
        </Button>
      )}
    </Stack>
  );
}
