// The scheduled reminder: once a day, every organisation's candidates newly due for a second look are
// marked reminded and their recruiters (or, with none, the admins) get one message naming them. Marking and
// writing the messages happen in one transaction, so a crash reminds again rather than never.
import { and, eq, inArray, isNotNull, isNull } from "drizzle-orm";
import { secondLookReminders } from "../../data/candidate-schema.js";
import type { Db } from "../../data/database.js";
import { organizations, users } from "../../data/schema.js";
import { secondLookEmail } from "../../domain/candidate/second-look-email.js";
import { type QueuedEmail, queueEmail } from "../email/queue-email.js";
import { listSecondLooks } from "./second-look.js";

export async function remindDueSecondLooks(
  db: Db,
  config: { publicUrl: string; smtpUrl?: string },
  now = new Date(),
): Promise<QueuedEmail[]> {
  const orgs = await db.select({ orgId: organizations.orgId, name: organizations.name }).from(organizations);
  const queued: QueuedEmail[] = [];
  for (const org of orgs) {
    const { due, months } = await listSecondLooks(db, org.orgId, now);
    const fresh = due.filter((look) => look.remindedAt === null);
    if (fresh.length === 0) continue;
    await db
      .insert(secondLookReminders)
      .values(fresh.map((look) => ({ orgId: org.orgId, interviewId: look.interview.id, remindedAt: now })))
      .onConflictDoNothing();
    for (const recipient of await recipients(db, org.orgId)) {
      const message = secondLookEmail({
        recipientName: recipient.name,
        organizationName: org.name,
        months,
        candidates: fresh.map((look) => ({
          name: look.candidate.name,
          heldAt: look.interview.heldAt,
          questionTitle: look.interview.questionTitle,
        })),
        url: `${config.publicUrl}/second-looks`,
      });
      queued.push(
        await queueEmail(db, config, { orgId: org.orgId, kind: "second_look.due", to: recipient.email, ...message }),
      );
    }
  }
  return queued;
}

/** The organisation's active recruiters with an address; its admins when it has none. */
async function recipients(db: Db, orgId: string): Promise<{ name: string; email: string }[]> {
  const people = await db
    .select({ name: users.name, email: users.email, role: users.role })
    .from(users)
    .where(
      and(
        eq(users.orgId, orgId),
        isNull(users.deactivatedAt),
        isNotNull(users.email),
        inArray(users.role, ["recruiter", "admin"]),
      ),
    );
  const recruiters = people.filter((person) => person.role === "recruiter");
  return (recruiters.length > 0 ? recruiters : people).map((person) => ({
    name: person.name,
    email: person.email as string,
  }));
}
