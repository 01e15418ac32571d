import { Anchor, Button, Stack, Text } from "@mantine/core";
import { Link } from "react-router";
import { AuthLayout } from "./AuthLayout";
import { OrganizationSignupForm } from "./OrganizationSignupForm";
import { useSetupStatus } from "./session";

export function SignUpPage() {
  const setup = useSetupStatus();
  if (setup.data && !setup.data.signupOpen) {
    return (
      <AuthLayout title="Sign-up is closed" description="This Debrief does not accept new organisations.">
        <Stack gap="md">
          <Text size="sm">If your team already uses Debrief, ask one of its admins for an invitation.</Text>
          <Button component={Link} to="/sign-in" variant="light">
            Go to sign in
          </Button>
        </Stack>
      </AuthLayout>
    );
  }
  return (
    <AuthLayout
      title="Create a new organisation"
      description="You will be its admin, and can invite your team once it exists."
      footer={
        <>
          Already have an account?{" "}
          <Anchor component={Link} to="/sign-in">
            Sign in
          </Anchor>
        </>
      }
    >
      <OrganizationSignupForm submitLabel="Create organisation" />
    </AuthLayout>
  );
}
