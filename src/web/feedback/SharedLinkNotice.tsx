// The link a release (or a new link) gives the candidate, shown this once to copy, with what became of the
// email that carries it.
import { Stack, Text } from "@mantine/core";
import { formatDate } from "../shared/format";
import { SecretField } from "../shared/SecretField";
import type { SharedLink } from "./link-queries";

export function emailNote(email: SharedLink["email"]): string {
  if (!email) return "The candidate has no email address on file: copy the link and send it yourself.";
  if (email.status === "outbox") {
    return `Written to ${email.to} and kept in the email outbox: this Debrief has no SMTP server configured, so copy the link or forward the message from there.`;
  }
  return `On its way to ${email.to}.`;
}

export function SharedLinkNotice({ shared }: { shared: SharedLink }) {
  return (
    <Stack gap={6}>
      <SecretField
        label="The candidate's link"
        value={shared.url}
        description={`Shown this once: Debrief keeps only a fingerprint of it. It works until ${formatDate(shared.link.expiresAt)}.`}
      />
      <Text size="sm">{emailNote(shared.email)}</Text>
    </Stack>
  );
}
