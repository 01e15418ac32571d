// What leaves the server of assessments, feedback and the audit log: never a raw row.
import type { AssessmentRow } from "./assessment.js";
import type { listAudit } from "./audit.js";
import type { FeedbackRecord } from "./feedback.js";
import type { AssessmentResponse, AuditEntryResponse, FeedbackResponse } from "./schemas.js";

export function presentAssessment(row: AssessmentRow): AssessmentResponse {
  return {
    interviewId: row.interviewId,
    checklist: row.checklist as AssessmentResponse["checklist"],
    scores: row.scores,
    overall: row.overall,
    advance: row.advance,
    annotations: row.annotations,
    scoreReasons: row.scoreReasons,
    updatedAt: (row.updatedAt ?? row.createdAt).toISOString(),
  };
}

export function presentFeedback(record: FeedbackRecord): FeedbackResponse {
  return {
    interviewId: record.interviewId,
    draft: record.draft ? { text: record.draft.text, updatedAt: record.draft.updatedAt.toISOString() } : null,
    versions: record.versions.map(({ version, releasedByName }) => ({
      version: version.version,
      text: version.text,
      findings: version.findings,
      overrideReason: version.overrideReason,
      releasedBy: { id: version.releasedBy, name: releasedByName },
      releasedAt: version.releasedAt.toISOString(),
    })),
  };
}

export function presentAuditEntry({
  entry,
  actorName,
}: Awaited<ReturnType<typeof listAudit>>[number]): AuditEntryResponse {
  return {
    id: entry.id,
    at: entry.at.toISOString(),
    actor: entry.actorId ? { id: entry.actorId, name: actorName ?? "(removed)" } : null,
    action: entry.action,
    interviewId: entry.interviewId,
    details: entry.details,
  };
}
