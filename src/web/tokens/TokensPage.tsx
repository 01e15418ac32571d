import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Code,
  Group,
  Skeleton,
  Stack,
  Table,
  Text,
  TextInput,
  VisuallyHidden,
} from "@mantine/core";
import { schemaResolver, useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { IconExternalLink, IconKey, IconShieldCheck } from "@tabler/icons-react";
import { useState } from "react";
import { CreateTokenBody } from "../../features/tokens/schemas";
import type { ApiToken, NewApiToken } from "../api/types";
import { ConfirmModal } from "../shared/ConfirmModal";
import { ErrorAlert } from "../shared/ErrorAlert";
import { formatDateTime } from "../shared/format";
import { showServerErrors } from "../shared/forms";
import { PageHeader } from "../shared/PageHeader";
import { SecretField } from "../shared/SecretField";
import { useCreateToken, useRevokeToken, useTokens } from "./queries";

const docsLink = (
  <Anchor href="/api/docs" target="_blank" rel="noopener">
    API documentation <IconExternalLink size={14} style={{ verticalAlign: "-2px" }} aria-hidden />
  </Anchor>
);

export function TokensPage() {
  return (
    <>
      <PageHeader
        title="API tokens"
        description={
          <>Tokens let scripts and other systems use the Debrief API as you, with your role. See the {docsLink}.</>
        }
      />
      <Stack gap="lg">
        <CreateTokenCard />
        <TokenList />
      </Stack>
    </>
  );
}

function CreateTokenCard() {
  const create = useCreateToken();
  const [created, setCreated] = useState<NewApiToken | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({ initialValues: { name: "" }, validate: schemaResolver(CreateTokenBody, { sync: true }) });

  return (
    <Card withBorder radius="md" padding="md">
      <Stack gap="md">
        <Stack gap={2}>
          <Text fw={600} component="h2" fz="lg" m={0}>
            Create a token
          </Text>
          <Text size="sm" c="dimmed">
            Name it after what will use it, so you know which one to revoke later.
          </Text>
        </Stack>
        <form
          noValidate
          onSubmit={form.onSubmit((values) => {
            setFormError(null);
            create.mutate(values, {
              onSuccess: (token) => {
                setCreated(token);
                form.reset();
              },
              onError: (error) => setFormError(showServerErrors(form, error)),
            });
          })}
        >
          <Stack gap="sm">
            {formError ? <ErrorAlert error={formError} title="Could not create the token" /> : null}
            <Group align="flex-start" gap="sm">
              <TextInput
                label="Token name"
                placeholder="Greenhouse sync"
                required
                style={{ flex: "1 1 240px" }}
                {...form.getInputProps("name")}
              />
              <Button type="submit" loading={create.isPending} mt={{ base: 0, xs: 25 }}>
                Create token
              </Button>
            </Group>
          </Stack>
        </form>
        {created ? (
          <Alert
            color="teal"
            variant="light"
            icon={<IconShieldCheck aria-hidden />}
            title={`Token “${created.name}” created`}
            withCloseButton
            closeButtonLabel="Dismiss the token"
            onClose={() => setCreated(null)}
          >
            <Stack gap="sm">
              <SecretField
                label="API token"
                value={created.token}
                description="Copy it now and store it somewhere safe: it will not be shown again."
              />
              <Text size="sm">
                Send it with every request as <Code>Authorization: Bearer {created.token.slice(0, 8)}…</Code>. See the{" "}
                {docsLink}.
              </Text>
            </Stack>
          </Alert>
        ) : null}
      </Stack>
    </Card>
  );
}

function TokenList() {
  const tokens = useTokens();
  const revoke = useRevokeToken();
  const [revoking, setRevoking] = useState<ApiToken | null>(null);

  return (
    <Card withBorder radius="md" padding={0}>
      <Text fw={600} component="h2" fz="lg" m={0} p="md" pb="sm">
        Your tokens
      </Text>
      {tokens.isPending ? (
        <Stack p="md" gap="sm" aria-label="Loading tokens">
          <Skeleton h={20} />
          <Skeleton h={20} />
        </Stack>
      ) : tokens.isError ? (
        <ErrorAlert error={tokens.error} title="Could not load your tokens" m="md" onRetry={() => tokens.refetch()} />
      ) : tokens.data.tokens.length === 0 ? (
        <Stack align="center" gap={4} p="xl">
          <IconKey size={28} color="var(--mantine-color-gray-5)" aria-hidden />
          <Text fw={500}>No API tokens yet</Text>
          <Text size="sm" c="dimmed" ta="center">
            Create one above when a script or another system needs to use Debrief.
          </Text>
        </Stack>
      ) : (
        <Table.ScrollContainer minWidth={600}>
          <Table verticalSpacing="sm" horizontalSpacing="md">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Name</Table.Th>
                <Table.Th>Created</Table.Th>
                <Table.Th>Last used</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th>
                  <VisuallyHidden>Actions</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {tokens.data.tokens.map((token) => (
                <Table.Tr key={token.id}>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {token.name}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{formatDateTime(token.createdAt)}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" c={token.lastUsedAt ? undefined : "dimmed"}>
                      {token.lastUsedAt ? formatDateTime(token.lastUsedAt) : "Never"}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {token.revokedAt ? (
                      <Badge color="gray" variant="light" title={`Revoked ${formatDateTime(token.revokedAt)}`}>
                        Revoked
                      </Badge>
                    ) : (
                      <Badge color="teal" variant="light">
                        Active
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td ta="right">
                    {token.revokedAt ? null : (
                      <Button
                        size="xs"
                        variant="subtle"
                        color="red"
                        aria-label={`Revoke the token ${token.name}`}
                        onClick={() => {
                          revoke.reset();
                          setRevoking(token);
                        }}
                      >
                        Revoke
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <ConfirmModal
        opened={revoking !== null}
        title={`Revoke “${revoking?.name}”?`}
        confirmLabel="Revoke token"
        loading={revoke.isPending}
        error={revoke.error}
        onClose={() => setRevoking(null)}
        onConfirm={() =>
          revoking &&
          revoke.mutate(revoking.id, {
            onSuccess: (token) => {
              setRevoking(null);
              notifications.show({ color: "teal", message: `The token “${token.name}” was revoked.` });
            },
          })
        }
      >
        Anything using this token will stop working at once. This cannot be undone.
      </ConfirmModal>
    </Card>
  );
}
