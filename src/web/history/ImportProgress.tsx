import { Group, Progress, Stack, Text } from "@mantine/core";
import { formatCount } from "../shared/format";
import type { Progress as ProgressLine } from "./upload";

/** Where the import is: reading (lines so far) or writing (one step of several, with its count). */
export function ImportProgress({ progress }: { progress: ProgressLine | null }) {
  const known = progress?.total ? Math.min(100, (progress.done / progress.total) * 100) : null;
  const label = !progress
    ? "Uploading…"
    : progress.phase === "reading"
      ? `Checking the file: ${formatCount(progress.done)} lines read`
      : `Writing ${progress.step}: ${formatCount(progress.done)}${progress.total === null ? "" : ` of ${formatCount(progress.total)}`}`;
  return (
    <Stack gap={6} role="status" aria-live="polite">
      <Group justify="space-between" gap="xs">
        <Text size="sm" fw={500} data-testid="import-step">
          {label}
        </Text>
        {known !== null ? (
          <Text size="sm" c="dimmed">
            {Math.round(known)}%
          </Text>
        ) : null}
      </Group>
      <Progress
        value={known ?? 100}
        striped={known === null}
        animated={known === null}
        size="lg"
        aria-label="Import progress"
      />
    </Stack>
  );
}
