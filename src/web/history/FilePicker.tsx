import { Button, FileButton, Group, Paper, Stack, Text, ThemeIcon } from "@mantine/core";
import { IconFileUpload } from "@tabler/icons-react";
import { useState } from "react";
import { formatCount } from "../shared/format";

const ACCEPT = ".jsonl,.gz,.json,.ndjson,application/gzip,application/x-ndjson,application/json";

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${formatCount(bytes)} bytes`;
  if (bytes < 1024 ** 2) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
}

/** Choose a file with the button, or drop one on the area. */
export function FilePicker({
  file,
  onFile,
  disabled,
}: {
  file: File | null;
  onFile: (file: File) => void;
  disabled?: boolean;
}) {
  const [over, setOver] = useState(false);
  return (
    <Paper
      withBorder
      radius="md"
      p="lg"
      data-testid="drop-zone"
      onDragOver={(event) => {
        event.preventDefault();
        if (!disabled) setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => {
        event.preventDefault();
        setOver(false);
        const dropped = event.dataTransfer.files[0];
        if (dropped && !disabled) onFile(dropped);
      }}
      style={{
        borderStyle: "dashed",
        borderWidth: 2,
        borderColor: over ? "var(--mantine-color-indigo-5)" : undefined,
        background: over ? "var(--mantine-color-indigo-0)" : "var(--mantine-color-gray-0)",
      }}
    >
      <Group gap="md" wrap="nowrap" align="center">
        <ThemeIcon size={44} radius="md" variant="light" aria-hidden visibleFrom="xs">
          <IconFileUpload size={24} />
        </ThemeIcon>
        <Stack gap={4} style={{ flex: 1 }} miw={0}>
          {file ? (
            <>
              <Text fw={600} truncate>
                {file.name}
              </Text>
              <Text size="sm" c="dimmed">
                {formatSize(file.size)}
              </Text>
            </>
          ) : (
            <>
              <Text fw={600}>Drop a history file here</Text>
              <Text size="sm" c="dimmed">
                JSON Lines (.jsonl), gzip-compressed or not.
              </Text>
            </>
          )}
        </Stack>
        <FileButton onChange={(chosen) => chosen && onFile(chosen)} accept={ACCEPT} disabled={disabled}>
          {(props) => (
            <Button variant="default" {...props} disabled={disabled}>
              {file ? "Choose another" : "Choose file"}
            </Button>
          )}
        </FileButton>
      </Group>
    </Paper>
  );
}
