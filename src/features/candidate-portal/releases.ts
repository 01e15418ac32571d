// The feedback as released: the newest version is the one the candidate reads.
import { and, desc, eq } from "drizzle-orm";
import type { Db } from "../../data/database.js";
import { feedbackVersions } from "../../data/feedback-schema.js";

export async function latestRelease(db: Db, orgId: string, interviewId: string) {
  const [row] = await db
    .select()
    .from(feedbackVersions)
    .where(and(eq(feedbackVersions.orgId, orgId), eq(feedbackVersions.interviewId, interviewId)))
    .orderBy(desc(feedbackVersions.version))
    .limit(1);
  return row ?? null;
}

export type ReleaseRow = NonNullable<Awaited<ReturnType<typeof latestRelease>>>;
