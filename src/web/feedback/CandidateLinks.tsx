// The candidate's links to the released feedback: when each was issued, whether it still works and when
// the candidate last came through it; a new link (mailed, or to copy), and revoking one at once.
import { Badge, Button, Checkbox, Group, Skeleton, Stack, Table, Text, VisuallyHidden } from "@mantine/core";
import { IconLink, IconLinkOff } from "@tabler/icons-react";
import { useState } from "react";
import { ConfirmModal } from "../shared/ConfirmModal";
import { ErrorAlert } from "../shared/ErrorAlert";
import { formatDate, formatDateTime } from "../shared/format";
import { type CandidateLink, type SharedLink, useCandidateLinks, useIssueLink, useRevokeLink } from "./link-queries";
import { SharedLinkNotice } from "./SharedLinkNotice";

const statusBadge: Record<CandidateLink["status"], { label: string; color: string }> = {
  active: { label: "Works", color: "teal" },
  expired: { label: "Expired", color: "gray" },
  revoked: { label: "Revoked", color: "red" },
};

export function CandidateLinks({ interviewId, released }: { interviewId: string; released: boolean }) {
  const links = useCandidateLinks(interviewId, released);
  const issue = useIssueLink(interviewId);
  const revoke = useRevokeLink(interviewId);
  const [sendEmail, setSendEmail] = useState(true);
  const [issued, setIssued] = useState<SharedLink | null>(null);
  const [revoking, setRevoking] = useState<CandidateLink | null>(null);

  if (!released) {
    return (
      <Text size="sm" c="dimmed">
        The candidate gets a link when the feedback is released: by email, and here to copy.
      </Text>
    );
  }
  return (
    <Stack gap="sm" data-testid="candidate-links">
      {links.isPending ? (
        <Skeleton h={60} aria-label="Loading the links" />
      ) : links.isError ? (
        <ErrorAlert error={links.error} title="Could not load the links" onRetry={() => links.refetch()} />
      ) : (
        <Table.ScrollContainer minWidth={480}>
          <Table verticalSpacing="xs" fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Issued</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th>Works until</Table.Th>
                <Table.Th>Last opened</Table.Th>
                <Table.Th>
                  <VisuallyHidden>Actions</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {links.data.links.map((link) => (
                <Table.Tr key={link.id}>
                  <Table.Td>{formatDateTime(link.createdAt)}</Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={statusBadge[link.status].color} tt="none">
                      {statusBadge[link.status].label}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{formatDate(link.expiresAt)}</Table.Td>
                  <Table.Td>{link.lastUsedAt ? formatDateTime(link.lastUsedAt) : "Not yet"}</Table.Td>
                  <Table.Td ta="right">
                    {link.status === "active" ? (
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        color="red"
                        leftSection={<IconLinkOff size={14} aria-hidden />}
                        onClick={() => setRevoking(link)}
                        aria-label={`Revoke the link issued ${formatDateTime(link.createdAt)}`}
                      >
                        Revoke
                      </Button>
                    ) : null}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Group gap="md">
        <Button
          variant="light"
          leftSection={<IconLink size={16} aria-hidden />}
          loading={issue.isPending}
          onClick={() => issue.mutate({ sendEmail }, { onSuccess: setIssued })}
        >
          Give the candidate a new link
        </Button>
        <Checkbox
          label="Email it to them"
          checked={sendEmail}
          onChange={(event) => setSendEmail(event.currentTarget.checked)}
        />
      </Group>
      {issue.error ? <ErrorAlert error={issue.error} title="No new link" /> : null}
      {issued ? <SharedLinkNotice shared={issued} /> : null}
      {revoking ? (
        <ConfirmModal
          opened
          title="Revoke this link?"
          confirmLabel="Revoke the link"
          color="red"
          loading={revoke.isPending}
          error={revoke.error}
          onClose={() => {
            revoke.reset();
            setRevoking(null);
          }}
          onConfirm={() => revoke.mutate(revoking.id, { onSuccess: () => setRevoking(null) })}
        >
          It stops working at once, and a candidate reading through it is signed out. Other links are not affected.
        </ConfirmModal>
      ) : null}
    </Stack>
  );
}
