// After a change that queued email has committed, ask for it to be sent. The change stands whatever
// happens here: if the job queue cannot be reached, the periodic sweep sends the message later.
import type { FastifyBaseLogger } from "fastify";
import type { Jobs } from "../../jobs/jobs.js";
import type { QueuedEmail } from "./queue-email.js";

export async function askDelivery(jobs: Jobs, log: FastifyBaseLogger, emails: readonly QueuedEmail[]) {
  if (emails.length === 0) return;
  try {
    await jobs.deliverEmail(emails);
  } catch (error) {
    log.warn({ err: error }, "could not ask for email delivery now; the sweep will send it");
  }
}
