import { Alert, Button, Card, Group, Select, Stack, Text, TextInput } from "@mantine/core";
import { schemaResolver, useForm } from "@mantine/form";
import { IconMailCheck } from "@tabler/icons-react";
import { useState } from "react";
import { CreateInvitationBody } from "../../features/people/schemas";
import type { NewInvitation, Role } from "../api/types";
import { ErrorAlert } from "../shared/ErrorAlert";
import { formatDate, roleLabels, roleOptions } from "../shared/format";
import { showServerErrors } from "../shared/forms";
import { SecretField } from "../shared/SecretField";
import { useCreateInvitation } from "./queries";

/** Invites someone by creating a link the admin sends them; the link is shown once, right here. */
export function InvitePanel() {
  const create = useCreateInvitation();
  const [created, setCreated] = useState<NewInvitation | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({
    initialValues: { email: "", role: "interviewer" as Role },
    validate: schemaResolver(CreateInvitationBody, { sync: true }),
  });

  return (
    <Card withBorder radius="md" padding="md">
      <Stack gap="md">
        <Stack gap={2}>
          <Text fw={600} component="h2" fz="lg" m={0}>
            Invite someone
          </Text>
          <Text size="sm" c="dimmed">
            Debrief creates a sign-up link for them. Send it yourself by email or chat.
          </Text>
        </Stack>
        <form
          noValidate
          onSubmit={form.onSubmit((values) => {
            setFormError(null);
            create.mutate(values, {
              onSuccess: (invitation) => {
                setCreated(invitation);
                form.reset();
              },
              onError: (error) => setFormError(showServerErrors(form, error)),
            });
          })}
        >
          <Stack gap="sm">
            {formError ? <ErrorAlert error={formError} title="Could not create the invitation" /> : null}
            <Group align="flex-start" gap="sm" wrap="wrap">
              <TextInput
                label="Email"
                type="email"
                placeholder="colleague@company.com"
                required
                style={{ flex: "1 1 220px" }}
                {...form.getInputProps("email")}
              />
              <Select
                label="Role"
                data={roleOptions}
                allowDeselect={false}
                required
                style={{ flex: "0 1 170px" }}
                {...form.getInputProps("role")}
              />
              <Button type="submit" loading={create.isPending} mt={{ base: 0, xs: 25 }} style={{ flex: "0 0 auto" }}>
                Create invitation
              </Button>
            </Group>
          </Stack>
        </form>
        {created ? (
          <Alert
            color="teal"
            variant="light"
            icon={<IconMailCheck aria-hidden />}
            title={`Invitation for ${created.email} (${roleLabels[created.role].toLowerCase()})`}
            withCloseButton
            closeButtonLabel="Dismiss the invitation link"
            onClose={() => setCreated(null)}
          >
            <Stack gap="xs">
              <SecretField
                label="Invitation link"
                value={created.url}
                description={`Copy it now: it is shown only once. It works until ${formatDate(created.expiresAt)}.`}
              />
            </Stack>
          </Alert>
        ) : null}
      </Stack>
    </Card>
  );
}
