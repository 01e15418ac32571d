import type { EmailStatus } from "../../data/candidate-schema.js";
import type { EmailRow } from "./messages.js";
import type { EmailMessageResponse, EmailStatusValue, EmailSummaryResponse } from "./schemas.js";

// The browser cannot import the table, so the schema lists the statuses again; this fails to compile if
// the two lists ever differ.
const sameStatuses: [EmailStatus, EmailStatusValue] extends [EmailStatusValue, EmailStatus] ? true : never = true;
void sameStatuses;

export function presentEmailSummary(row: EmailRow): EmailSummaryResponse {
  return {
    id: row.id,
    kind: row.kind,
    to: row.toAddress,
    subject: row.subject,
    status: row.status,
    attempts: row.attempts,
    lastError: row.lastError,
    createdAt: row.createdAt.toISOString(),
    sentAt: row.sentAt?.toISOString() ?? null,
    interviewId: row.interviewId,
  };
}

export function presentEmail(row: EmailRow): EmailMessageResponse {
  return { ...presentEmailSummary(row), text: row.text, html: row.html };
}
