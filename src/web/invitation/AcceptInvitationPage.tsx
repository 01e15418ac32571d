import { Alert, Button, Group, PasswordInput, Skeleton, Stack, Text, TextInput } from "@mantine/core";
import { schemaResolver, useForm } from "@mantine/form";
import { IconLinkOff } from "@tabler/icons-react";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { Link, useNavigate } from "react-router";
import { MIN_PASSWORD_LENGTH } from "../../domain/passwords";
import { AcceptInvitationBody } from "../../features/people/schemas";
import { ApiError, api } from "../api/client";
import type { InvitationDetails, Me } from "../api/types";
import { AuthLayout } from "../auth/AuthLayout";
import { useMe, useSignedIn } from "../auth/session";
import { ErrorAlert } from "../shared/ErrorAlert";
import { roleDescriptions, roleWithArticle } from "../shared/format";
import { showServerErrors } from "../shared/forms";

const AcceptFields = AcceptInvitationBody.omit({ token: true });

function tokenFromAddress(): string {
  return decodeURIComponent(window.location.hash.replace(/^#/, "")).trim();
}

export function AcceptInvitationPage() {
  const [token] = useState(tokenFromAddress);

  // The token is a secret: keep it out of the address bar, the history and anything copied from it.
  useEffect(() => {
    if (window.location.hash) {
      window.history.replaceState(window.history.state, "", window.location.pathname + window.location.search);
    }
  }, []);

  const preview = useQuery({
    queryKey: ["invitation-preview", token],
    queryFn: () => api.post<InvitationDetails>("/api/invitations/preview", { token }),
    enabled: token.length > 0,
    retry: false,
    staleTime: Number.POSITIVE_INFINITY,
  });

  if (!token)
    return <InvalidLink reason="This address does not include an invitation. Open the full link you were sent." />;
  if (preview.isPending) {
    return (
      <AuthLayout title="Join your team" description="Checking your invitation…">
        <Stack gap="sm" aria-label="Loading invitation">
          <Skeleton h={36} />
          <Skeleton h={36} />
          <Skeleton h={36} />
        </Stack>
      </AuthLayout>
    );
  }
  if (preview.isError) {
    const unusable = preview.error instanceof ApiError && [400, 404, 410].includes(preview.error.status);
    if (unusable) return <InvalidLink reason={preview.error.message} />;
    return (
      <AuthLayout title="Join your team">
        <ErrorAlert error={preview.error} title="Could not check your invitation" onRetry={() => preview.refetch()} />
      </AuthLayout>
    );
  }
  return <AcceptInvitationForm token={token} invitation={preview.data} />;
}

function AcceptInvitationForm({ token, invitation }: { token: string; invitation: InvitationDetails }) {
  const navigate = useNavigate();
  const signedIn = useSignedIn();
  const me = useMe();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({
    initialValues: { name: "", password: "" },
    validate: schemaResolver(AcceptFields, { sync: true }),
    validateInputOnBlur: true,
  });
  const accept = useMutation({
    mutationFn: (values: typeof form.values) => api.post<Me>("/api/invitations/accept", { token, ...values }),
    onSuccess: (account) => {
      signedIn(account);
      navigate("/", { replace: true });
    },
    onError: (error) => setFormError(showServerErrors(form, error)),
  });

  return (
    <AuthLayout
      title={`Join ${invitation.organization.name}`}
      description={`You have been invited as ${roleWithArticle[invitation.role]}. ${roleDescriptions[invitation.role]}`}
    >
      <form
        noValidate
        onSubmit={form.onSubmit((values) => {
          setFormError(null);
          accept.mutate(values);
        })}
      >
        <Stack gap="md">
          {me.data ? (
            <Alert color="yellow" variant="light">
              You are signed in as {me.data.user.email}. Accepting signs you in to the new account instead.
            </Alert>
          ) : null}
          {formError ? <ErrorAlert error={formError} title="Could not accept the invitation" /> : null}
          <TextInput
            label="Email"
            value={invitation.email}
            variant="filled"
            readOnly
            description="Your invitation is for this address."
          />
          <TextInput label="Your name" autoComplete="name" required autoFocus {...form.getInputProps("name")} />
          <PasswordInput
            label="Choose a password"
            description={`At least ${MIN_PASSWORD_LENGTH} characters.`}
            autoComplete="new-password"
            required
            {...form.getInputProps("password")}
          />
          <Button type="submit" loading={accept.isPending} fullWidth mt="xs">
            Join {invitation.organization.name}
          </Button>
        </Stack>
      </form>
    </AuthLayout>
  );
}

function InvalidLink({ reason }: { reason: string }) {
  return (
    <AuthLayout title="This link is no longer valid">
      <Stack gap="md">
        <Group gap="sm" wrap="nowrap" align="flex-start">
          <IconLinkOff size={28} color="var(--mantine-color-red-6)" aria-hidden style={{ flexShrink: 0 }} />
          <Text size="sm">{reason}</Text>
        </Group>
        <Text size="sm" c="dimmed">
          Invitations expire, can be revoked, and work only once. Ask an admin of your organisation to send you a new
          one.
        </Text>
        <Button component={Link} to="/sign-in" variant="light">
          Go to sign in
        </Button>
      </Stack>
    </AuthLayout>
  );
}
