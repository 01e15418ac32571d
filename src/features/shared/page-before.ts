// "The page before this entry" for lists shown newest first (the audit log, the email outbox). Times go out
// to clients with millisecond precision while the database keeps microseconds, so entries are compared and
// ordered by their millisecond, then by id: entries written in one millisecond are neither skipped nor
// shown twice at a page boundary.
import { desc, type SQL, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";

const millisecond = (at: AnyPgColumn) => sql`date_trunc('milliseconds', ${at})`;

/** Entries before (`before`, `beforeId`); with no id, every entry of an earlier millisecond. */
export function beforeCursor(at: AnyPgColumn, id: AnyPgColumn, before?: string, beforeId?: string): SQL | undefined {
  if (!before) return undefined;
  const time = sql`${new Date(before).toISOString()}::timestamptz`;
  return beforeId ? sql`(${millisecond(at)}, ${id}) < (${time}, ${beforeId}::uuid)` : sql`${millisecond(at)} < ${time}`;
}

export const newestFirst = (at: AnyPgColumn, id: AnyPgColumn) => [desc(millisecond(at)), desc(id)];
