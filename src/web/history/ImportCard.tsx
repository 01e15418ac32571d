import { Button, Card, Group, Stack, Text } from "@mantine/core";
import { IconUpload } from "@tabler/icons-react";
import { useQueryClient } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { Link } from "react-router";
import { analyticsKey } from "../analytics/queries";
import type { ImportSummary } from "../api/types";
import { candidatesKey } from "../candidates/queries";
import { ErrorAlert } from "../shared/ErrorAlert";
import { FilePicker } from "./FilePicker";
import { ImportProblems } from "./ImportProblems";
import { ImportProgress } from "./ImportProgress";
import { ImportSummaryTable } from "./ImportSummaryTable";
import { ImportRefused, importHistory, type Progress } from "./upload";

type State =
  | { status: "idle" }
  | { status: "running"; progress: Progress | null }
  | { status: "done"; summary: ImportSummary }
  | { status: "failed"; error: unknown };

export function ImportCard() {
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [state, setState] = useState<State>({ status: "idle" });
  const abort = useRef<AbortController | null>(null);
  const running = state.status === "running";

  const start = async () => {
    if (!file) return;
    const controller = new AbortController();
    abort.current = controller;
    setState({ status: "running", progress: null });
    try {
      const summary = await importHistory(
        file,
        (progress) => setState({ status: "running", progress }),
        controller.signal,
      );
      setState({ status: "done", summary });
      queryClient.invalidateQueries({ queryKey: analyticsKey });
      queryClient.invalidateQueries({ queryKey: candidatesKey });
    } catch (error) {
      setState({ status: "failed", error });
    } finally {
      abort.current = null;
    }
  };

  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby="import-heading">
      <Stack gap="md">
        <Stack gap={2}>
          <Text fw={600} component="h2" fz="lg" m={0} id="import-heading">
            Import history
          </Text>
          <Text size="sm" c="dimmed">
            The whole file is checked first: if any line is invalid, nothing is imported. Importing the same file again
            changes nothing.
          </Text>
        </Stack>
        <FilePicker
          file={file}
          disabled={running}
          onFile={(chosen) => {
            setFile(chosen);
            setState({ status: "idle" });
          }}
        />
        <Group justify="flex-end" gap="sm">
          {running ? (
            <Button variant="default" onClick={() => abort.current?.abort()}>
              Cancel
            </Button>
          ) : null}
          <Button leftSection={<IconUpload size={18} aria-hidden />} onClick={start} disabled={!file} loading={running}>
            Import
          </Button>
        </Group>
        {state.status === "running" ? <ImportProgress progress={state.progress} /> : null}
        {state.status === "done" ? (
          <Stack gap="sm">
            <ImportSummaryTable summary={state.summary} />
            <Group gap="sm">
              <Button component={Link} to="/analytics" variant="light">
                See analytics
              </Button>
              <Button component={Link} to="/candidates" variant="subtle">
                See candidates
              </Button>
            </Group>
          </Stack>
        ) : null}
        {state.status === "failed" ? (
          state.error instanceof ImportRefused ? (
            <ImportProblems refusal={state.error} />
          ) : (
            <ErrorAlert error={state.error} title="The import did not complete" />
          )
        ) : null}
      </Stack>
    </Card>
  );
}
