import { Button, Group, SegmentedControl, Stack, Text } from "@mantine/core";
import type { FormEventHandler, ReactNode } from "react";
import { ErrorAlert } from "../shared/ErrorAlert";

/** The form at the foot of a candidate's record card: a title, the API's error, the fields, a submit button. */
export function RecordPanel(props: {
  label: string;
  what: string;
  error: string | null;
  pending: boolean;
  submitLabel: string;
  onSubmit: FormEventHandler<HTMLFormElement>;
  children: ReactNode;
}) {
  return (
    <form noValidate aria-label={props.label} onSubmit={props.onSubmit}>
      <Stack
        gap="sm"
        p="md"
        bg="var(--mantine-color-gray-0)"
        style={{ borderTop: "1px solid var(--mantine-color-gray-3)" }}
      >
        <Text size="sm" fw={600}>
          {props.label}
        </Text>
        {props.error ? <ErrorAlert error={props.error} title={`Could not record the ${props.what}`} /> : null}
        {props.children}
        <Group justify="flex-end">
          <Button type="submit" loading={props.pending}>
            {props.submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** A labelled choice between two or three answers, keyboard-operable like a radio group. */
export function ChoiceField({
  id,
  label,
  choices,
  value,
  onChange,
}: {
  id: string;
  label: string;
  choices: { value: string; label: string }[];
  /** From Mantine's form.getInputProps. */
  value?: string;
  onChange?: (value: string) => void;
}) {
  return (
    <Stack gap={4} miw={200}>
      <Text size="sm" fw={500} id={id}>
        {label}
      </Text>
      <SegmentedControl aria-labelledby={id} data={choices} value={value} onChange={onChange} />
    </Stack>
  );
}
