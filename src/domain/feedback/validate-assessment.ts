// Checks on an assessment that need the interview it belongs to, which a request schema cannot see: the
// question's kind, the interview's events and code snapshots, the organisation's score dimensions. Each
// issue names its field as a dotted path (`checklist.2.evidence.0.eventId`), like the API's 400s.
import type { QuestionKind } from "../history/kinds.js";
import {
  type Assessment,
  builtInScoreDimensions,
  type ChecklistResponse,
  checklistFor,
  checklistItem,
  type EvidenceLink,
  type ScoreDimension,
  scoreValues,
} from "./assessment.js";

export interface AssessmentContext {
  /** Null when the interview has no question: every checklist item may then be answered. */
  questionKind: QuestionKind | null;
  /** Ids of the interview's events that are not deleted. */
  eventIds: ReadonlySet<string>;
  /** Line count of each of the interview's code snapshots, by snapshot id (see `lineCount`). */
  snapshotLines: ReadonlyMap<string, number>;
  /** The organisation's own dimensions; the built-in ones are always allowed. */
  dimensions: readonly ScoreDimension[];
}

export interface AssessmentIssue {
  field: string;
  message: string;
}

/** Lines as an editor numbers them: a final newline does not start another line. */
export function lineCount(code: string): number {
  if (code === "") return 0;
  const lines = code.split(/\r\n|\r|\n/);
  return lines[lines.length - 1] === "" ? lines.length - 1 : lines.length;
}

/** Every problem found; an empty list means the assessment fits its interview. */
export function findAssessmentIssues(assessment: Assessment, context: AssessmentContext): AssessmentIssue[] {
  return [
    ...checkChecklist(assessment.checklist, context),
    ...checkScores(assessment, context.dimensions),
    ...assessment.annotations.flatMap((annotation, index) =>
      checkLines(annotation, `annotations.${index}`, context.snapshotLines),
    ),
  ];
}

/** The applicable items not answered yet, in checklist order: what stands between a draft and release. */
export function unansweredChecklistItems(
  kind: QuestionKind | null,
  checklist: readonly Pick<ChecklistResponse, "itemId">[],
): string[] {
  const answered = new Set(checklist.map((response) => response.itemId as string));
  return checklistFor(kind)
    .map((item) => item.id)
    .filter((id) => !answered.has(id));
}

function checkChecklist(checklist: readonly ChecklistResponse[], context: AssessmentContext): AssessmentIssue[] {
  const issues: AssessmentIssue[] = [];
  const applicable = new Set(checklistFor(context.questionKind).map((item) => item.id));
  const seen = new Set<string>();
  checklist.forEach((response, index) => {
    const at = `checklist.${index}`;
    const item = checklistItem(response.itemId);
    if (!item) issues.push({ field: `${at}.itemId`, message: `no checklist item is called "${response.itemId}"` });
    else if (!applicable.has(item.id)) {
      issues.push({
        field: `${at}.itemId`,
        message: `"${item.id}" is not asked for ${context.questionKind} questions`,
      });
    }
    if (seen.has(response.itemId)) {
      issues.push({ field: `${at}.itemId`, message: `"${response.itemId}" is answered more than once` });
    }
    seen.add(response.itemId);
    if (response.complexityMistakes?.length && response.itemId !== "complexity_mistakes") {
      issues.push({
        field: `${at}.complexityMistakes`,
        message: 'only "complexity_mistakes" lists complexity mistakes',
      });
    }
    response.evidence.forEach((link, linkIndex) => {
      issues.push(...checkEvidence(link, `${at}.evidence.${linkIndex}`, context));
    });
  });
  return issues;
}

function checkEvidence(link: EvidenceLink, at: string, context: AssessmentContext): AssessmentIssue[] {
  if (link.kind === "code") return checkLines(link, at, context.snapshotLines);
  return context.eventIds.has(link.eventId)
    ? []
    : [{ field: `${at}.eventId`, message: "expected an event of this interview" }];
}

function checkLines(
  range: { snapshotId: string; startLine: number; endLine: number },
  at: string,
  snapshotLines: ReadonlyMap<string, number>,
): AssessmentIssue[] {
  const lines = snapshotLines.get(range.snapshotId);
  if (lines === undefined)
    return [{ field: `${at}.snapshotId`, message: "expected a code snapshot of this interview" }];
  if (!Number.isInteger(range.startLine) || range.startLine < 1 || range.startLine > lines) {
    return [{ field: `${at}.startLine`, message: `expected a line from 1 to ${lines}` }];
  }
  if (!Number.isInteger(range.endLine) || range.endLine < range.startLine || range.endLine > lines) {
    return [{ field: `${at}.endLine`, message: `expected a line from ${range.startLine} to ${lines}` }];
  }
  return [];
}

function checkScores(assessment: Assessment, dimensions: readonly ScoreDimension[]): AssessmentIssue[] {
  const known = new Set<string>([...builtInScoreDimensions, ...dimensions].map((dimension) => dimension.id));
  const issues: AssessmentIssue[] = [];
  const isScore = (value: unknown) => (scoreValues as readonly unknown[]).includes(value);
  for (const [dimension, value] of Object.entries(assessment.scores)) {
    if (!known.has(dimension))
      issues.push({ field: `scores.${dimension}`, message: "not a score dimension of this organisation" });
    else if (!isScore(value)) issues.push({ field: `scores.${dimension}`, message: "expected an integer from 1 to 4" });
  }
  if (!isScore(assessment.overall)) issues.push({ field: "overall", message: "expected an integer from 1 to 4" });
  for (const dimension of Object.keys(assessment.scoreReasons ?? {})) {
    if (dimension !== "overall" && assessment.scores[dimension] === undefined) {
      issues.push({ field: `scoreReasons.${dimension}`, message: "a reason for a dimension that has no score" });
    }
  }
  return issues;
}
