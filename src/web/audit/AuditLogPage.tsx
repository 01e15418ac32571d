// The audit log (admins): every release and correction of feedback, every linter override with its
// written reason, every change to the feedback settings, who did it and when.
import { Anchor, Badge, Button, Card, Skeleton, Stack, Table, Text } from "@mantine/core";
import { Link } from "react-router";
import { type LintRule, ruleTitles } from "../../domain/feedback/lint/index";
import { ErrorAlert } from "../shared/ErrorAlert";
import { formatDateTime, plural } from "../shared/format";
import { PageHeader } from "../shared/PageHeader";
import { type AuditEntry, useAuditLog } from "./queries";

const actions: Record<string, { label: string; color: string }> = {
  "feedback.released": { label: "Feedback released", color: "teal" },
  "feedback.corrected": { label: "Feedback corrected", color: "blue" },
  "feedback.lint_overridden": { label: "Linter overridden", color: "orange" },
  "feedback.link_issued": { label: "Candidate link issued", color: "blue" },
  "feedback.link_revoked": { label: "Candidate link revoked", color: "red" },
  "feedback.settings_changed": { label: "Settings changed", color: "gray" },
  "auth.signed_in": { label: "Signed in", color: "gray" },
  "auth.refused": { label: "Refused", color: "red" },
  "candidate.exported": { label: "Candidate exported", color: "orange" },
  "candidate.erased": { label: "Candidate erased", color: "red" },
  "candidate.erasure_refused": { label: "Erasure refused", color: "orange" },
  "auth.sign_in_failed": { label: "Sign-in failed", color: "orange" },
  "data.policy_changed": { label: "Retention changed", color: "gray" },
  "data.legal_hold_placed": { label: "Legal hold placed", color: "orange" },
  "data.legal_hold_lifted": { label: "Legal hold lifted", color: "teal" },
  "data.retention_held": { label: "Retention held", color: "orange" },
};

export function AuditLogPage() {
  const log = useAuditLog();
  const entries = log.data?.pages.flatMap((page) => page.entries) ?? [];
  return (
    <>
      <PageHeader
        title="Audit log"
        description="Releases and corrections of feedback, linter overrides with their reasons, and settings changes."
      />
      {log.isPending ? (
        <Skeleton h={240} aria-label="Loading the audit log" />
      ) : log.isError ? (
        <ErrorAlert error={log.error} title="Could not load the audit log" onRetry={() => log.refetch()} />
      ) : entries.length === 0 ? (
        <Card withBorder radius="md" padding="xl">
          <Text ta="center" c="dimmed">
            Nothing has happened yet that the audit log keeps: it fills as feedback is released.
          </Text>
        </Card>
      ) : (
        <Stack gap="md">
          <Table.ScrollContainer minWidth={640}>
            <Table striped verticalSpacing="sm" aria-label="Audit log">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>When</Table.Th>
                  <Table.Th>Who</Table.Th>
                  <Table.Th>What</Table.Th>
                  <Table.Th>Details</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {entries.map((entry) => (
                  <AuditRow key={entry.id} entry={entry} />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {log.hasNextPage ? (
            <Button variant="default" onClick={() => log.fetchNextPage()} loading={log.isFetchingNextPage}>
              Show earlier entries
            </Button>
          ) : null}
        </Stack>
      )}
    </>
  );
}

function AuditRow({ entry }: { entry: AuditEntry }) {
  const action = actions[entry.action] ?? { label: entry.action, color: "gray" };
  return (
    <Table.Tr>
      <Table.Td style={{ whiteSpace: "nowrap" }}>{formatDateTime(entry.at)}</Table.Td>
      {/* No actor: Debrief's own scheduled work (a retention run). */}
      <Table.Td>{entry.actor?.name ?? "Debrief"}</Table.Td>
      <Table.Td>
        <Badge color={action.color} variant="light">
          {action.label}
        </Badge>
      </Table.Td>
      <Table.Td>
        <Details entry={entry} />
      </Table.Td>
    </Table.Tr>
  );
}

function Details({ entry }: { entry: AuditEntry }) {
  const d = entry.details as { version?: number; reason?: string; rules?: string[] };
  const interview = entry.interviewId ? (
    <Anchor component={Link} to={`/interviews/${entry.interviewId}/feedback`} size="sm">
      {d.version ? `version ${d.version}` : "the interview"}
    </Anchor>
  ) : null;
  if (entry.action === "feedback.lint_overridden") {
    return (
      <Stack gap={2}>
        <Text size="sm">
          {interview}: released despite{" "}
          {(d.rules ?? []).map((rule) => ruleTitles[rule as LintRule]?.toLowerCase() ?? rule).join(", ")}
        </Text>
        <Text size="sm" c="dimmed">
          Reason: “{d.reason}”
        </Text>
      </Stack>
    );
  }
  if (entry.action === "feedback.settings_changed") return <Text size="sm">Feedback policy or score dimensions</Text>;
  if (entry.action === "candidate.exported") {
    return (
      <Anchor component={Link} to={`/candidates/${String(entry.details.candidateId)}`} size="sm">
        Everything held about a candidate
      </Anchor>
    );
  }
  if (entry.action === "auth.signed_in" || entry.action === "auth.sign_in_failed")
    return <Text size="sm">From {String(entry.details.address ?? "an unknown address")}</Text>;
  const dataDetails = dataRightsDetails(entry);
  if (dataDetails) return dataDetails;
  if (entry.action === "auth.refused") {
    const via = entry.details.via === "token" ? "with an API token" : "signed in";
    return (
      <Text size="sm">
        {String(entry.details.method)} {String(entry.details.path)} ({via})
      </Text>
    );
  }
  return <Text size="sm">{interview}</Text>;
}

/** The entries of erasures, retention and legal holds, in words. */
function dataRightsDetails(entry: AuditEntry) {
  const d = entry.details as Record<string, unknown>;
  const candidate = (
    <Anchor component={Link} to={`/candidates/${String(d.candidateId)}`} size="sm">
      a candidate
    </Anchor>
  );
  switch (entry.action) {
    case "candidate.erased":
      return (
        <Text size="sm">
          Erased {candidate} ({d.basis === "retention" ? "retention period" : "on request"}):{" "}
          {plural(Number(d.interviews), "interview")} kept anonymous, {plural(Number(d.notes), "note")} and{" "}
          {plural(Number(d.codeSnapshots), "code snapshot")} erased
        </Text>
      );
    case "candidate.erasure_refused":
      return <Text size="sm">Erasing {candidate}: refused under the legal hold</Text>;
    case "data.policy_changed": {
      const after = (d.after as { retentionMonths: number | null } | undefined)?.retentionMonths;
      return (
        <Text size="sm">
          {after ? `Candidates erased ${after} months after their last activity` : "Candidates kept until erased"}
        </Text>
      );
    }
    case "data.legal_hold_placed":
    case "data.legal_hold_lifted":
      return <Text size="sm">“{String(d.reason)}”</Text>;
    case "data.retention_held":
      return (
        <Text size="sm">{plural(Number(d.due), "candidate")} past the retention period kept under the legal hold</Text>
      );
    default:
      return null;
  }
}
