// The organisation's feedback settings: what candidates may see beyond the feedback itself (the outcome,
// the scores) and the score dimensions it adds to the built-in ones.
import { eq } from "drizzle-orm";
import type { Db } from "../../data/database.js";
import { organizations } from "../../data/schema.js";
import { defaultCandidatePolicy } from "../../domain/candidate/policy.js";
import { invalidFields } from "../../domain/errors.js";
import { builtInScoreDimensions } from "../../domain/feedback/assessment.js";
import { recordAudit } from "./audit.js";
import type { FeedbackSettingsInput, FeedbackSettingsResponse } from "./schemas.js";

export async function getFeedbackSettings(db: Db, orgId: string): Promise<FeedbackSettingsResponse> {
  const [org] = await db
    .select({
      policy: organizations.feedbackPolicy,
      scoreDimensions: organizations.scoreDimensions,
      candidatePolicy: organizations.candidatePolicy,
    })
    .from(organizations)
    .where(eq(organizations.orgId, orgId));
  return {
    policy: org?.policy ?? { includeOutcome: false, includeScores: false },
    scoreDimensions: org?.scoreDimensions ?? [],
    candidatePolicy: org?.candidatePolicy ?? defaultCandidatePolicy,
  };
}

export async function updateFeedbackSettings(
  db: Db,
  orgId: string,
  actorId: string,
  input: FeedbackSettingsInput,
): Promise<FeedbackSettingsResponse> {
  const seen = new Set<string>(builtInScoreDimensions.map((dimension) => dimension.id));
  const fields: { field: string; message: string }[] = [];
  input.scoreDimensions.forEach((dimension, index) => {
    if (seen.has(dimension.id)) {
      fields.push({ field: `body.scoreDimensions.${index}.id`, message: `"${dimension.id}" is already a dimension` });
    }
    seen.add(dimension.id);
  });
  if (fields.length > 0) {
    throw invalidFields(fields);
  }
  const before = await getFeedbackSettings(db, orgId);
  const settings = { ...input, candidatePolicy: input.candidatePolicy ?? before.candidatePolicy };
  await db
    .update(organizations)
    .set({
      feedbackPolicy: settings.policy,
      scoreDimensions: settings.scoreDimensions,
      candidatePolicy: settings.candidatePolicy,
    })
    .where(eq(organizations.orgId, orgId));
  await recordAudit(db, { orgId, actorId, action: "feedback.settings_changed", details: { before, after: settings } });
  return settings;
}
