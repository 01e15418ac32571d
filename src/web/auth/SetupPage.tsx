import { AuthLayout } from "./AuthLayout";
import { OrganizationSignupForm } from "./OrganizationSignupForm";

export function SetupPage() {
  return (
    <AuthLayout
      title="Set up Debrief"
      description="Create your organisation and its first admin account. You can invite your team next."
    >
      <OrganizationSignupForm submitLabel="Create organisation" />
    </AuthLayout>
  );
}
