// The email Debrief sends (admins): every message with where it stands, and each one's text. Without SMTP
// this is the outbox itself, where an admin reads what would have been sent and passes links on by hand.
import { Alert, Badge, Button, Card, Group, Select, Skeleton, Stack, Table, Text, UnstyledButton } from "@mantine/core";
import { IconMail, IconMailOff } from "@tabler/icons-react";
import { useState } from "react";
import { ErrorAlert } from "../shared/ErrorAlert";
import { formatDateTime } from "../shared/format";
import { PageHeader } from "../shared/PageHeader";
import { EmailMessageModal } from "./EmailMessageModal";
import { statusBadge } from "./labels";
import { type EmailStatus, type EmailSummary, useEmailOutbox } from "./queries";

const statusOptions: { value: EmailStatus; label: string }[] = [
  { value: "outbox", label: "In the outbox" },
  { value: "queued", label: "Queued" },
  { value: "sending", label: "Sending" },
  { value: "sent", label: "Sent" },
  { value: "failed", label: "Failed" },
];

export function EmailOutboxPage() {
  const [status, setStatus] = useState<EmailStatus | null>(null);
  const [openId, setOpenId] = useState<string | null>(null);
  const outbox = useEmailOutbox(status);
  const messages = outbox.data?.pages.flatMap((page) => page.messages) ?? [];
  const delivery = outbox.data?.pages[0]?.delivery;

  return (
    <>
      <PageHeader
        title="Email"
        description="What Debrief sends: feedback links to candidates, reminders to your team."
      />
      {delivery ? <DeliveryNotice delivery={delivery} /> : null}
      <Group mb="md">
        <Select
          label="Status"
          placeholder="Any status"
          data={statusOptions}
          value={status}
          onChange={(value) => setStatus(value as EmailStatus | null)}
          clearable
          w={{ base: "100%", xs: 220 }}
        />
      </Group>
      {outbox.isPending ? (
        <Skeleton h={240} aria-label="Loading email" />
      ) : outbox.isError ? (
        <ErrorAlert error={outbox.error} title="Could not load email" onRetry={() => outbox.refetch()} />
      ) : messages.length === 0 ? (
        <Card withBorder radius="md" padding="xl">
          <Text ta="center" c="dimmed">
            {status
              ? "No message has this status."
              : "No email yet. Messages Debrief sends (feedback links, reminders) appear here."}
          </Text>
        </Card>
      ) : (
        <Stack gap="md">
          <Table striped highlightOnHover verticalSpacing="sm" aria-label="Email">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={120}>Status</Table.Th>
                <Table.Th visibleFrom="sm">To</Table.Th>
                <Table.Th>Subject</Table.Th>
                <Table.Th visibleFrom="sm">When</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {messages.map((message) => (
                <MessageRow key={message.id} message={message} onOpen={() => setOpenId(message.id)} />
              ))}
            </Table.Tbody>
          </Table>
          {outbox.hasNextPage ? (
            <Button variant="default" onClick={() => outbox.fetchNextPage()} loading={outbox.isFetchingNextPage}>
              Show earlier messages
            </Button>
          ) : null}
        </Stack>
      )}
      <EmailMessageModal id={openId} onClose={() => setOpenId(null)} />
    </>
  );
}

function DeliveryNotice({ delivery }: { delivery: "smtp" | "outbox" }) {
  return delivery === "smtp" ? (
    <Alert color="blue" variant="light" icon={<IconMail aria-hidden />} mb="md" title="Email is sent over SMTP">
      A message the mail server refuses is tried again, six times in all over 15 to 30 minutes, before it is marked
      failed.
    </Alert>
  ) : (
    <Alert color="orange" variant="light" icon={<IconMailOff aria-hidden />} mb="md" title="Email is not sent">
      No mail server is configured (SMTP_URL), so messages stay here in the outbox. Open one to read it and pass its
      link on yourself.
    </Alert>
  );
}

function MessageRow({ message, onOpen }: { message: EmailSummary; onOpen: () => void }) {
  const badge = statusBadge(message);
  const when = formatDateTime(message.sentAt ?? message.createdAt);
  return (
    <Table.Tr onClick={onOpen} style={{ cursor: "pointer" }}>
      <Table.Td>
        <Badge color={badge.color} variant="light">
          {badge.label}
        </Badge>
      </Table.Td>
      <Table.Td visibleFrom="sm" style={{ wordBreak: "break-all" }}>
        {message.to}
      </Table.Td>
      <Table.Td>
        {/* Reachable from the keyboard: pressing the button is a click, which reaches the row's handler. */}
        <UnstyledButton fw={500} style={{ textAlign: "left" }}>
          {message.subject}
        </UnstyledButton>
        <Text size="xs" c="dimmed" hiddenFrom="sm" style={{ wordBreak: "break-all" }}>
          {message.to} · {when}
        </Text>
      </Table.Td>
      <Table.Td visibleFrom="sm" style={{ whiteSpace: "nowrap" }}>
        {when}
      </Table.Td>
    </Table.Tr>
  );
}
