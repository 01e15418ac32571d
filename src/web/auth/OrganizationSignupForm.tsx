import { Button, PasswordInput, Stack, TextInput } from "@mantine/core";
import { schemaResolver, useForm } from "@mantine/form";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useNavigate } from "react-router";
import { MIN_PASSWORD_LENGTH } from "../../domain/passwords";
import { SignupBody } from "../../features/auth/schemas";
import { api } from "../api/client";
import type { Me } from "../api/types";
import { ErrorAlert } from "../shared/ErrorAlert";
import { showServerErrors } from "../shared/forms";
import { useSignedIn } from "./session";

/** Creates an organisation and its first admin (used by first-run set-up and by sign-up). */
export function OrganizationSignupForm({ submitLabel }: { submitLabel: string }) {
  const navigate = useNavigate();
  const signedIn = useSignedIn();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({
    initialValues: { organizationName: "", name: "", email: "", password: "" },
    validate: schemaResolver(SignupBody, { sync: true }),
    validateInputOnBlur: true,
  });
  const signup = useMutation({
    mutationFn: (values: typeof form.values) => api.post<Me>("/api/signup", values),
    onSuccess: (me) => {
      signedIn(me);
      navigate("/", { replace: true });
    },
    onError: (error) => setFormError(showServerErrors(form, error)),
  });

  return (
    <form
      noValidate
      onSubmit={form.onSubmit((values) => {
        setFormError(null);
        signup.mutate(values);
      })}
    >
      <Stack gap="md">
        {formError ? <ErrorAlert error={formError} title="Could not create the organisation" /> : null}
        <TextInput
          label="Organisation name"
          placeholder="Acme Engineering"
          autoComplete="organization"
          required
          data-autofocus
          autoFocus
          {...form.getInputProps("organizationName")}
        />
        <TextInput
          label="Your name"
          placeholder="Ada Lovelace"
          autoComplete="name"
          required
          {...form.getInputProps("name")}
        />
        <TextInput
          label="Email"
          type="email"
          placeholder="you@company.com"
          autoComplete="email"
          required
          {...form.getInputProps("email")}
        />
        <PasswordInput
          label="Password"
          description={`At least ${MIN_PASSWORD_LENGTH} characters.`}
          autoComplete="new-password"
          required
          {...form.getInputProps("password")}
        />
        <Button type="submit" loading={signup.isPending} fullWidth mt="xs">
          {submitLabel}
        </Button>
      </Stack>
    </form>
  );
}
