import { Paper, SimpleGrid, Stack, Text, Textarea } from "@mantine/core";
import type { GetInputPropsReturnType } from "@mantine/form";
import { useDeferredValue, useId } from "react";
import { Markdown } from "./Markdown";

interface StatementFieldProps {
  /** The form's props for the statement (value, onChange, error). */
  input: GetInputPropsReturnType;
  value: string;
  disabled: boolean;
}

/** The statement as written, in Markdown, and beside it (below it on a phone) as the cockpit will show it. */
export function StatementField({ input, value, disabled }: StatementFieldProps) {
  const previewId = useId();
  // Typing stays quick however long the statement: the preview follows a moment later.
  const preview = useDeferredValue(value);
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
      <Textarea
        label="Statement"
        description="What the candidate is given, in Markdown."
        autosize
        minRows={5}
        maxRows={20}
        styles={{ input: { fontFamily: "var(--mantine-font-family-monospace)", fontSize: 13 } }}
        disabled={disabled}
        {...input}
      />
      <Stack gap={4} miw={0}>
        <Text size="sm" fw={500} id={previewId}>
          Preview
        </Text>
        <Paper withBorder radius="sm" p="sm" mih={120} component="section" aria-labelledby={previewId}>
          {preview.trim() ? (
            <Markdown markdown={preview} />
          ) : (
            <Text size="sm" c="dimmed">
              The statement appears here formatted, as the cockpit shows it.
            </Text>
          )}
        </Paper>
      </Stack>
    </SimpleGrid>
  );
}
