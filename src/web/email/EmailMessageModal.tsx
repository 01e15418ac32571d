// One message as it was (or would be) sent: its envelope, where it stands, and its text part. The HTML
// part is never rendered here: it is the same content, and showing it would run markup in the app.
import { Alert, Badge, Group, Modal, Skeleton, Stack, Text, useMantineTheme } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { ErrorAlert } from "../shared/ErrorAlert";
import { formatDateTime, plural } from "../shared/format";
import { statusBadge } from "./labels";
import { type EmailMessage, useEmailMessage } from "./queries";

export function EmailMessageModal({ id, onClose }: { id: string | null; onClose: () => void }) {
  const message = useEmailMessage(id);
  const theme = useMantineTheme();
  const isPhone = useMediaQuery(`(max-width: ${Number.parseFloat(theme.breakpoints.sm) - 0.01}em)`);
  return (
    <Modal
      opened={id !== null}
      onClose={onClose}
      title={message.data?.subject ?? "Message"}
      size="lg"
      fullScreen={isPhone}
      centered
    >
      {message.isPending ? (
        <Skeleton h={200} aria-label="Loading the message" />
      ) : message.isError ? (
        <ErrorAlert error={message.error} title="Could not load the message" onRetry={() => message.refetch()} />
      ) : (
        <MessageBody message={message.data} />
      )}
    </Modal>
  );
}

function MessageBody({ message }: { message: EmailMessage }) {
  const badge = statusBadge(message);
  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Group gap="xs">
          <Badge color={badge.color} variant="light">
            {badge.label}
          </Badge>
          <Text size="sm" c="dimmed">
            {message.sentAt ? `Sent ${formatDateTime(message.sentAt)}` : `Written ${formatDateTime(message.createdAt)}`}
            {message.attempts > 0 ? ` · ${plural(message.attempts, "attempt")}` : ""}
          </Text>
        </Group>
        <Text size="sm" style={{ wordBreak: "break-all" }}>
          To: {message.to}
        </Text>
      </Stack>
      {message.lastError && message.status !== "sent" ? (
        <Alert color={message.status === "failed" ? "red" : "orange"} variant="light" title="Last attempt failed">
          {message.lastError}
        </Alert>
      ) : null}
      <Text
        component="pre"
        size="sm"
        m={0}
        p="md"
        bg="var(--mantine-color-gray-0)"
        style={{ whiteSpace: "pre-wrap", wordBreak: "break-word", fontFamily: "inherit", borderRadius: 8 }}
      >
        {message.text}
      </Text>
    </Stack>
  );
}
