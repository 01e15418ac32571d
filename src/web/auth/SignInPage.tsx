import { Alert, Anchor, Button, PasswordInput, Radio, Stack, TextInput } from "@mantine/core";
import { isEmail, isNotEmpty, useForm } from "@mantine/form";
import { IconBuilding } from "@tabler/icons-react";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { Link, useLocation, useNavigate } from "react-router";
import { ApiError, api } from "../api/client";
import type { Me } from "../api/types";
import { ErrorAlert } from "../shared/ErrorAlert";
import { showServerErrors } from "../shared/forms";
import { AuthLayout } from "./AuthLayout";
import { useSetupStatus, useSignedIn } from "./session";

interface OrganizationChoice {
  id: string;
  name: string;
}

// The 409 for an email with accounts in several organisations lists them as "Name: id; Name: id".
const choicePattern = /([^;(]+?): ([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/gi;

function organizationChoices(error: unknown): OrganizationChoice[] {
  if (!(error instanceof ApiError) || error.status !== 409) return [];
  return [...error.message.matchAll(choicePattern)].map((match) => ({
    name: (match[1] ?? "").trim(),
    id: match[2] ?? "",
  }));
}

/** Where to go after signing in: back to the page that asked for it, or home. */
export function useReturnPath(): string {
  const location = useLocation();
  const from = (location.state as { from?: { pathname: string; search?: string } } | null)?.from;
  return from ? `${from.pathname}${from.search ?? ""}` : "/";
}

export function SignInPage() {
  const navigate = useNavigate();
  const returnPath = useReturnPath();
  const signedIn = useSignedIn();
  const setup = useSetupStatus();
  const [formError, setFormError] = useState<string | null>(null);
  const [choices, setChoices] = useState<OrganizationChoice[]>([]);
  const form = useForm({
    initialValues: { email: "", password: "", organizationId: "" },
    validate: {
      email: isEmail("Enter your email address"),
      password: isNotEmpty("Enter your password"),
      organizationId: (value) => (choices.length > 0 && !value ? "Choose an organisation" : null),
    },
  });
  const signIn = useMutation({
    mutationFn: ({ organizationId, ...values }: typeof form.values) =>
      api.post<Me>("/api/session", organizationId ? { ...values, organizationId } : values),
    onSuccess: (me) => {
      signedIn(me);
      navigate(returnPath, { replace: true });
    },
    onError: (error) => {
      const found = organizationChoices(error);
      if (found.length > 0) {
        setChoices(found);
        setFormError(null);
        return;
      }
      setFormError(showServerErrors(form, error));
    },
  });

  return (
    <AuthLayout
      title="Sign in"
      description="Welcome back. Sign in to your organisation's Debrief."
      footer={
        setup.data?.signupOpen ? (
          <>
            New to Debrief?{" "}
            <Anchor component={Link} to="/sign-up">
              Create a new organisation
            </Anchor>
          </>
        ) : (
          "New here? Ask an admin of your organisation for an invitation."
        )
      }
    >
      <form
        noValidate
        onSubmit={form.onSubmit((values) => {
          setFormError(null);
          signIn.mutate(values);
        })}
      >
        <Stack gap="md">
          {formError ? <ErrorAlert error={formError} title="Could not sign in" /> : null}
          <TextInput
            label="Email"
            type="email"
            autoComplete="username"
            required
            autoFocus
            {...form.getInputProps("email")}
            onChange={(event) => {
              form.getInputProps("email").onChange(event);
              setChoices([]);
            }}
          />
          <PasswordInput
            label="Password"
            autoComplete="current-password"
            required
            {...form.getInputProps("password")}
          />
          {choices.length > 0 ? (
            <Stack gap="sm">
              <Alert color="blue" variant="light" icon={<IconBuilding aria-hidden />}>
                This email opens accounts in several organisations. Choose the one to sign in to.
              </Alert>
              <Radio.Group label="Organisation" required {...form.getInputProps("organizationId")}>
                <Stack gap="xs" mt="xs">
                  {choices.map((choice) => (
                    <Radio key={choice.id} value={choice.id} label={choice.name} />
                  ))}
                </Stack>
              </Radio.Group>
            </Stack>
          ) : null}
          <Button type="submit" loading={signIn.isPending} fullWidth mt="xs">
            Sign in
          </Button>
        </Stack>
      </form>
    </AuthLayout>
  );
}
