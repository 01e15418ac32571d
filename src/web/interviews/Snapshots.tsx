import { Badge, Button, Card, FileButton, Group, Select, Skeleton, Stack, Text, Textarea, Title } from "@mantine/core";
import { IconAlertTriangle, IconCode, IconUpload } from "@tabler/icons-react";
import { lazy, memo, Suspense, useDeferredValue, useEffect, useState } from "react";
import { formatClock, snapshotLanguages } from "./kinds";
import { discard, enqueue, resendAsNew } from "./outbox";
import type { ShownSnapshot } from "./queries";
import { SnapshotHeader } from "./SnapshotHeader";
import { useShownSnapshots } from "./useShownEvents";

// highlight.js and its grammars load with the first snapshot shown, not with the app.
const CodeView = lazy(() => import("./CodeView").then((module) => ({ default: module.CodeView })));

const byExtension: Record<string, string> = {
  py: "Python",
  js: "JavaScript",
  mjs: "JavaScript",
  jsx: "JavaScript",
  ts: "TypeScript",
  tsx: "TypeScript",
  java: "Java",
  go: "Go",
  cpp: "C++",
  cc: "C++",
  cxx: "C++",
  h: "C++",
  hpp: "C++",
  cs: "C#",
  rb: "Ruby",
  kt: "Kotlin",
  swift: "Swift",
  rs: "Rust",
  sql: "SQL",
};

interface SnapshotsProps {
  interviewId: string;
  /** Seconds since the start, for the stamp; null when snapshots cannot be taken here. */
  stamp: (() => number) | null;
}

/** The candidate's code: pasted or uploaded snapshots, each stamped; the last one is the final solution. */
export function Snapshots(props: SnapshotsProps) {
  // Only a snapshot renders it (not a key press), and then a moment later than the timeline.
  const snapshots = useDeferredValue(useShownSnapshots(props.interviewId));
  return <SnapshotsCard {...props} snapshots={snapshots} />;
}

const SnapshotsCard = memo(function SnapshotsCard({
  interviewId,
  snapshots,
  stamp,
}: SnapshotsProps & { snapshots: ShownSnapshot[] }) {
  const [language, setLanguage] = useState<string>(() => localStorage.getItem("debrief.language") ?? "Python");
  const [code, setCode] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const last = snapshots.at(-1);
  // A new snapshot is shown as soon as it is taken.
  // biome-ignore lint/correctness/useExhaustiveDependencies: follows the newest snapshot only
  useEffect(() => setSelected(null), [last?.id]);
  const shown = snapshots.find((snapshot) => snapshot.id === selected) ?? last;

  const save = () => {
    if (!stamp) return;
    if (!code.trim()) {
      setError("Paste the candidate's code or upload a file first");
      return;
    }
    setError(null);
    localStorage.setItem("debrief.language", language);
    void enqueue({
      type: "snapshot",
      interviewId,
      body: { clientId: crypto.randomUUID(), at: stamp(), language, code },
    });
    setCode("");
  };

  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby="code-heading">
      <Stack gap="sm">
        <Group justify="space-between" gap="xs">
          <Title order={2} size="h4" id="code-heading">
            Candidate's code
          </Title>
          <Text size="sm" c="dimmed">
            {snapshots.length === 0
              ? "No snapshots yet"
              : `${snapshots.length} snapshot${snapshots.length === 1 ? "" : "s"}; the last is the final solution`}
          </Text>
        </Group>
        {stamp ? (
          <Stack gap="xs">
            <Textarea
              label="Paste a snapshot"
              placeholder="Paste the candidate's code here"
              autosize
              minRows={3}
              maxRows={12}
              value={code}
              error={error}
              onChange={(event) => setCode(event.currentTarget.value)}
              styles={{ input: { fontFamily: "var(--mantine-font-family-monospace)", fontSize: 13 } }}
            />
            <Group gap="sm" align="flex-end">
              <Select
                label="Language"
                data={[...snapshotLanguages]}
                value={language}
                onChange={(value) => value && setLanguage(value)}
                allowDeselect={false}
                w={170}
              />
              <FileButton
                onChange={(file) => {
                  if (!file) return;
                  const extension = file.name.split(".").pop()?.toLowerCase() ?? "";
                  if (byExtension[extension]) setLanguage(byExtension[extension]);
                  file.text().then(setCode, () => setError("That file could not be read"));
                }}
              >
                {(props) => (
                  <Button variant="default" leftSection={<IconUpload size={16} aria-hidden />} {...props}>
                    Upload a file
                  </Button>
                )}
              </FileButton>
              <Button leftSection={<IconCode size={16} aria-hidden />} onClick={save}>
                Save snapshot
              </Button>
            </Group>
          </Stack>
        ) : null}
        {shown ? (
          <Stack gap="xs">
            <SnapshotHeader
              snapshots={snapshots}
              shown={shown}
              onChoose={setSelected}
              extra={
                shown.pending ? (
                  <Badge variant="light" color="orange" tt="none">
                    Kept on this device
                  </Badge>
                ) : null
              }
            />
            {shown.failed ? (
              <Group gap="xs" c="red.7">
                <IconAlertTriangle size={16} aria-hidden />
                <Text size="sm">Not saved: {shown.failed.message}</Text>
                <Button
                  size="compact-xs"
                  variant="light"
                  onClick={() => shown.failed && resendAsNew(shown.failed.order)}
                >
                  Save as a new snapshot
                </Button>
                <Button
                  size="compact-xs"
                  variant="subtle"
                  color="red"
                  onClick={() => shown.failed && discard(shown.failed.order)}
                >
                  Discard
                </Button>
              </Group>
            ) : null}
            <Suspense fallback={<Skeleton h={120} />}>
              <CodeView
                code={shown.code}
                language={shown.language}
                label={`Code snapshot at ${formatClock(shown.at)}, ${shown.language}`}
              />
            </Suspense>
          </Stack>
        ) : null}
      </Stack>
    </Card>
  );
});
