import { Badge, Button, Card, Skeleton, Stack, Table, Text, VisuallyHidden } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconMail } from "@tabler/icons-react";
import { useState } from "react";
import type { Invitation } from "../api/types";
import { ConfirmModal } from "../shared/ConfirmModal";
import { ErrorAlert } from "../shared/ErrorAlert";
import { formatDate, roleLabels } from "../shared/format";
import { useInvitations, useRevokeInvitation } from "./queries";

const statusColors: Record<Invitation["status"], string> = {
  pending: "blue",
  accepted: "teal",
  revoked: "gray",
  expired: "orange",
};

const statusLabels: Record<Invitation["status"], string> = {
  pending: "Pending",
  accepted: "Accepted",
  revoked: "Revoked",
  expired: "Expired",
};

export function InvitationsTable() {
  const invitations = useInvitations(true);
  const revoke = useRevokeInvitation();
  const [revoking, setRevoking] = useState<Invitation | null>(null);

  return (
    <Card withBorder radius="md" padding={0}>
      <Stack gap={2} p="md" pb="sm">
        <Text fw={600} component="h2" fz="lg" m={0}>
          Invitations
        </Text>
        <Text size="sm" c="dimmed">
          Revoke a pending invitation to make its link stop working.
        </Text>
      </Stack>
      {invitations.isPending ? (
        <Stack p="md" gap="sm" aria-label="Loading invitations">
          <Skeleton h={20} />
          <Skeleton h={20} />
        </Stack>
      ) : invitations.isError ? (
        <ErrorAlert
          error={invitations.error}
          title="Could not load invitations"
          m="md"
          onRetry={() => invitations.refetch()}
        />
      ) : invitations.data.invitations.length === 0 ? (
        <Stack align="center" gap={4} p="xl">
          <IconMail size={28} color="var(--mantine-color-gray-5)" aria-hidden />
          <Text fw={500}>No invitations yet</Text>
          <Text size="sm" c="dimmed" ta="center">
            Invite your interviewers and recruiters with the form above.
          </Text>
        </Stack>
      ) : (
        <Table.ScrollContainer minWidth={600}>
          <Table verticalSpacing="sm" horizontalSpacing="md">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Email</Table.Th>
                <Table.Th>Role</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th>Sent</Table.Th>
                <Table.Th>Expires</Table.Th>
                <Table.Th>
                  <VisuallyHidden>Actions</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {invitations.data.invitations.map((invitation) => (
                <Table.Tr key={invitation.id}>
                  <Table.Td>
                    <Text size="sm">{invitation.email}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{roleLabels[invitation.role]}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Badge color={statusColors[invitation.status]} variant="light">
                      {statusLabels[invitation.status]}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{formatDate(invitation.createdAt)}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{invitation.status === "pending" ? formatDate(invitation.expiresAt) : "—"}</Text>
                  </Table.Td>
                  <Table.Td ta="right">
                    {invitation.status === "pending" ? (
                      <Button
                        size="xs"
                        variant="subtle"
                        color="red"
                        aria-label={`Revoke the invitation for ${invitation.email}`}
                        onClick={() => {
                          revoke.reset();
                          setRevoking(invitation);
                        }}
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
      <ConfirmModal
        opened={revoking !== null}
        title="Revoke this invitation?"
        confirmLabel="Revoke invitation"
        loading={revoke.isPending}
        error={revoke.error}
        onClose={() => setRevoking(null)}
        onConfirm={() =>
          revoking &&
          revoke.mutate(revoking.id, {
            onSuccess: (invitation) => {
              setRevoking(null);
              notifications.show({ color: "teal", message: `The invitation for ${invitation.email} was revoked.` });
            },
          })
        }
      >
        The link sent to {revoking?.email} will stop working. You can invite them again later.
      </ConfirmModal>
    </Card>
  );
}
