// What the rest of the app asks of background work. The app runs with pg-boss behind this when it serves
// (src/jobs/boss.ts); API tests that do not exercise background work run with `noJobs`, and whatever
// they queue is picked up by the periodic sweep once jobs run.
import type { QueuedEmail } from "../features/email/queue-email.js";

export interface Jobs {
  /** Asks for queued messages to be sent now; call it after the transaction that queued them commits. */
  deliverEmail(emails: readonly QueuedEmail[]): Promise<void>;
}

export const noJobs: Jobs = {
  deliverEmail: async () => {},
};
