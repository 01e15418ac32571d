import type { EmailStatus, EmailSummary } from "./queries";

const badges: Record<EmailStatus, { label: string; color: string }> = {
  outbox: { label: "Outbox", color: "gray" },
  queued: { label: "Queued", color: "blue" },
  sending: { label: "Sending", color: "indigo" },
  sent: { label: "Sent", color: "teal" },
  failed: { label: "Failed", color: "red" },
};

/** A queued message that has already failed once is waiting for its retry, which is worth telling apart. */
export function statusBadge(message: Pick<EmailSummary, "status" | "attempts">): { label: string; color: string } {
  if (message.status === "queued" && message.attempts > 0) return { label: "Retrying", color: "orange" };
  return badges[message.status];
}
