// Reading the organisation's email: what Debrief sent, is sending, or keeps in the outbox.
import { and, eq } from "drizzle-orm";
import { type EmailStatus, emailMessages } from "../../data/candidate-schema.js";
import type { Db } from "../../data/database.js";
import { notFound } from "../../domain/errors.js";
import { beforeCursor, newestFirst } from "../shared/page-before.js";

export type EmailRow = typeof emailMessages.$inferSelect;

/** The newest first, a page at a time: `before` and `beforeId` are the last message already shown. */
export function listEmail(
  db: Db,
  orgId: string,
  query: { status?: EmailStatus; before?: string; beforeId?: string; limit: number },
): Promise<EmailRow[]> {
  return db
    .select()
    .from(emailMessages)
    .where(
      and(
        eq(emailMessages.orgId, orgId),
        query.status ? eq(emailMessages.status, query.status) : undefined,
        beforeCursor(emailMessages.createdAt, emailMessages.id, query.before, query.beforeId),
      ),
    )
    .orderBy(...newestFirst(emailMessages.createdAt, emailMessages.id))
    .limit(query.limit);
}

export async function getEmail(db: Db, orgId: string, id: string): Promise<EmailRow> {
  const [row] = await db
    .select()
    .from(emailMessages)
    .where(and(eq(emailMessages.orgId, orgId), eq(emailMessages.id, id)));
  if (!row) throw notFound("The message");
  return row;
}
