import { Anchor, Button, Card, Code, List, Stack, Text } from "@mantine/core";
import { IconDownload, IconExternalLink } from "@tabler/icons-react";
import type { Me } from "../api/types";
import { canImportHistory } from "../shared/format";
import { PageHeader } from "../shared/PageHeader";
import { ImportCard } from "./ImportCard";

export function HistoryPage({ me }: { me: Me }) {
  const canImport = canImportHistory(me.user.role);
  return (
    <>
      <PageHeader
        title={canImport ? "Import & export" : "Export"}
        description="Move interview history in and out of Debrief as a debrief-history file: from another tool, a practice platform's archive, or into your data warehouse."
      />
      <Stack gap="lg">
        {canImport ? <ImportCard /> : null}
        <ExportCard />
        <FormatCard />
      </Stack>
    </>
  );
}

function ExportCard() {
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby="export-heading">
      <Stack gap="sm" align="flex-start">
        <Stack gap={2}>
          <Text fw={600} component="h2" fz="lg" m={0} id="export-heading">
            Export history
          </Text>
          <Text size="sm" c="dimmed">
            Everything your organisation has: interviewers, candidates, questions, interviews with their notes,
            assessments and ratings, outcomes and offers, in the same format the import reads.
          </Text>
        </Stack>
        <Button
          component="a"
          href="/api/history/export"
          download
          variant="light"
          leftSection={<IconDownload size={18} aria-hidden />}
        >
          Download export (.jsonl)
        </Button>
      </Stack>
    </Card>
  );
}

function FormatCard() {
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby="format-heading">
      <Stack gap="xs">
        <Text fw={600} component="h2" fz="lg" m={0} id="format-heading">
          The format
        </Text>
        <Text size="sm">
          One JSON object per line (JSON Lines, UTF-8), optionally gzip-compressed. Each line has a <Code>type</Code>:
        </Text>
        <List size="sm" spacing={2}>
          <List.Item>
            <Code>interviewer</Code>, <Code>candidate</Code>, <Code>question</Code> (with its layers) — who and what,
            each with your own <Code>id</Code>,
          </List.Item>
          <List.Item>
            <Code>interview</Code> — when, with whom, the time-stamped events, the assessment, the candidate's
            self-assessment and rating;
          </List.Item>
          <List.Item>
            <Code>outcome</Code> (a later interview elsewhere) and <Code>offer</Code>.
          </List.Item>
        </List>
        <Text size="sm">
          Records are matched by your ids, so a second import updates in place. Every invalid line is reported with its
          line number and field. The endpoints are described in the{" "}
          <Anchor href="/api/docs" target="_blank" rel="noopener">
            API documentation <IconExternalLink size={14} style={{ verticalAlign: "-2px" }} aria-hidden />
          </Anchor>
          .
        </Text>
      </Stack>
    </Card>
  );
}
