// Every released version, the newest first: what the candidate saw, who released it and when, and why the
// linter was overridden, where it was. Versions never change; a correction is the next one.
import { Accordion, Alert, Badge, Group, Stack, Text } from "@mantine/core";
import type { FeedbackVersion } from "../api/types";
import { Markdown } from "../questions/Markdown";
import { formatDateTime, plural } from "../shared/format";

export function VersionHistory({ versions }: { versions: FeedbackVersion[] }) {
  if (versions.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        Nothing released yet. Each release becomes a version the candidate can read; a correction is a new version.
      </Text>
    );
  }
  const latest = versions[0]?.version;
  return (
    <Accordion variant="separated" multiple aria-label="Released versions" data-testid="versions">
      {versions.map((version) => (
        <Accordion.Item key={version.version} value={String(version.version)}>
          <Accordion.Control>
            <Group gap="xs" wrap="wrap">
              <Text fw={600} size="sm">
                Version {version.version}
              </Text>
              {version.version === latest ? (
                <Badge size="sm" color="teal" variant="light" tt="none">
                  What the candidate sees
                </Badge>
              ) : null}
              {version.overrideReason ? (
                <Badge size="sm" color="red" variant="light" tt="none">
                  Linter overridden
                </Badge>
              ) : null}
              <Text size="xs" c="dimmed">
                {version.releasedBy.name} · {formatDateTime(version.releasedAt)}
              </Text>
            </Group>
          </Accordion.Control>
          <Accordion.Panel>
            <Stack gap="sm">
              {version.overrideReason ? (
                <Alert color="red" variant="light" p="xs" title="Released over the linter's objection">
                  <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
                    {version.overrideReason}
                  </Text>
                </Alert>
              ) : null}
              <Text size="xs" c="dimmed">
                {version.findings.length === 0
                  ? "The linter found nothing in this version."
                  : `The linter found ${plural(version.findings.length, "thing")} to look at in this version.`}
              </Text>
              <Markdown markdown={version.text} />
            </Stack>
          </Accordion.Panel>
        </Accordion.Item>
      ))}
    </Accordion>
  );
}
