// The feedback of one interview: a draft the interviewer edits, written for them from the notes and
// the benchmarks, and released versions that never change once released. A correction is a new
// version; every release, correction and linter override goes into the audit log.
import { and, desc, eq, sql } from "drizzle-orm";
import type { Db } from "../../data/database.js";
import { feedbackDrafts, feedbackVersions } from "../../data/feedback-schema.js";
import { assessments, interviews, users } from "../../data/schema.js";
import { Problem } from "../../domain/errors.js";
import { hasErrors, lintFeedback } from "../../domain/feedback/lint/index.js";
import type { ReleasedView } from "../../domain/feedback/released-view.js";
import { recordAudit } from "./audit.js";
import { buildReleasedView } from "./released-view.js";

/** Error-level findings in the reasons given for the scores, each as a sentence naming the dimension. */
function lintReasons(view: ReleasedView): string[] {
  const label = (id: string) => view.dimensions.find((d) => d.id === id)?.label ?? (id === "overall" ? "Overall" : id);
  return Object.entries(view.reasons).flatMap(([dimension, reason]) =>
    lintFeedback(reason)
      .filter((finding) => finding.severity === "error")
      .map(
        (finding) =>
          `the reason for ${label(dimension)}, "${reason.slice(finding.start, finding.end)}": ${finding.message}`,
      ),
  );
}

export async function getFeedback(db: Db, orgId: string, interviewId: string) {
  const [draft] = await db
    .select()
    .from(feedbackDrafts)
    .where(and(eq(feedbackDrafts.orgId, orgId), eq(feedbackDrafts.interviewId, interviewId)));
  const versions = await db
    .select({ version: feedbackVersions, releasedByName: users.name })
    .from(feedbackVersions)
    .innerJoin(users, and(eq(users.orgId, feedbackVersions.orgId), eq(users.id, feedbackVersions.releasedBy)))
    .where(and(eq(feedbackVersions.orgId, orgId), eq(feedbackVersions.interviewId, interviewId)))
    .orderBy(desc(feedbackVersions.version));
  return { interviewId, draft: draft ?? null, versions };
}

export type FeedbackRecord = Awaited<ReturnType<typeof getFeedback>>;

export async function saveDraft(db: Db, orgId: string, interviewId: string, userId: string, text: string) {
  const values = { text, updatedBy: userId, updatedAt: new Date() };
  await db
    .insert(feedbackDrafts)
    .values({ orgId, interviewId, ...values })
    .onConflictDoUpdate({ target: [feedbackDrafts.orgId, feedbackDrafts.interviewId], set: values });
}

/**
 * Releases `text` as the next version. An error-level finding of the linter blocks it unless a reason
 * is given; the reason and the findings it overrode are kept with the version and in the audit log.
 */
export async function releaseFeedback(
  db: Db,
  orgId: string,
  interviewId: string,
  userId: string,
  input: { text: string; overrideReason?: string },
) {
  const [interview] = await db
    .select({ startedAt: interviews.startedAt, sharedAt: interviews.feedbackSharedAt })
    .from(interviews)
    .where(and(eq(interviews.orgId, orgId), eq(interviews.id, interviewId)))
    // Two releases at once must not both become the same version: the second waits for the first.
    .for("update");
  if (!interview?.startedAt) {
    throw new Problem("conflict", "The interview has not started yet: there is no feedback to release.");
  }
  const [assessed] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(assessments)
    .where(and(eq(assessments.orgId, orgId), eq(assessments.interviewId, interviewId)));
  if (!assessed?.n) {
    throw new Problem("conflict", "Assess the interview first: the feedback is released after the assessment.");
  }
  const findings = lintFeedback(input.text);
  const releasedView = await buildReleasedView(db, orgId, interviewId);
  const reasonProblems = lintReasons(releasedView);
  if (reasonProblems.length > 0 && !input.overrideReason) {
    throw new Problem(
      "conflict",
      `The candidate reads the reasons for the scores too: ${reasonProblems.join(" ")} Reword them in the assessment, or override with a written reason.`,
      "overrideReason",
    );
  }
  if (hasErrors(findings) && !input.overrideReason) {
    const errors = findings.filter((finding) => finding.severity === "error");
    throw new Problem(
      "conflict",
      `The linter found ${errors.length === 1 ? "a problem" : `${errors.length} problems`} that must be fixed before release, or overridden with a written reason.`,
      "overrideReason",
      { findings },
    );
  }
  const [last] = await db
    .select({ version: sql<number>`coalesce(max(${feedbackVersions.version}), 0)::int` })
    .from(feedbackVersions)
    .where(and(eq(feedbackVersions.orgId, orgId), eq(feedbackVersions.interviewId, interviewId)));
  const version = Number(last?.version ?? 0) + 1;
  const overrideReason = hasErrors(findings) || reasonProblems.length > 0 ? (input.overrideReason ?? null) : null;
  await db.insert(feedbackVersions).values({
    orgId,
    interviewId,
    version,
    text: input.text,
    findings,
    overrideReason,
    releasedView,
    releasedBy: userId,
  });
  await saveDraft(db, orgId, interviewId, userId, input.text);
  if (!interview.sharedAt) {
    await db
      .update(interviews)
      .set({ feedbackSharedAt: new Date() })
      .where(and(eq(interviews.orgId, orgId), eq(interviews.id, interviewId)));
  }
  await recordAudit(db, {
    orgId,
    actorId: userId,
    action: version === 1 ? "feedback.released" : "feedback.corrected",
    interviewId,
    details: { version, findings: findings.length },
  });
  if (overrideReason) {
    await recordAudit(db, {
      orgId,
      actorId: userId,
      action: "feedback.lint_overridden",
      interviewId,
      details: {
        version,
        reason: overrideReason,
        rules: [...new Set(findings.filter((f) => f.severity === "error").map((f) => f.rule))],
      },
    });
  }
  return version;
}
