// The assessment as the page edits it, and the way to and from the API's shape. The form keeps every
// applicable checklist item, answered or not, by item id; the request sends only the answered ones, in
// checklist order, so a 400's `body.checklist.2.…` can be traced back to its item.
import type { ChecklistAnswer, ChecklistItem } from "../../domain/feedback/assessment";
import type { Assessment, AssessmentBody, CodeAnnotation, ComplexityMistake, EvidenceLink } from "../api/types";

export interface ChecklistEntry {
  answer: ChecklistAnswer | null;
  comment: string;
  evidence: EvidenceLink[];
  complexityMistakes: ComplexityMistake[];
}

export interface AssessmentForm {
  checklist: Record<string, ChecklistEntry>;
  scores: Record<string, number | null>;
  overall: number | null;
  advance: boolean | null;
  annotations: CodeAnnotation[];
  /** Why each score, by dimension id or "overall": the candidate reads it beside their own view. */
  scoreReasons: Record<string, string>;
}

const emptyEntry = (): ChecklistEntry => ({ answer: null, comment: "", evidence: [], complexityMistakes: [] });

export function formFromAssessment(
  saved: Assessment | null,
  items: readonly ChecklistItem[],
  dimensionIds: readonly string[],
): AssessmentForm {
  const checklist: Record<string, ChecklistEntry> = {};
  for (const item of items) {
    const response = saved?.checklist.find((candidate) => candidate.itemId === item.id);
    checklist[item.id] = response
      ? {
          answer: response.answer,
          comment: response.comment,
          evidence: response.evidence,
          complexityMistakes: response.complexityMistakes ?? [],
        }
      : emptyEntry();
  }
  const scores: Record<string, number | null> = {};
  for (const id of dimensionIds) scores[id] = saved?.scores[id] ?? null;
  return {
    checklist,
    scores,
    overall: saved?.overall ?? null,
    advance: saved?.advance ?? null,
    annotations: saved?.annotations ?? [],
    scoreReasons: saved?.scoreReasons ?? {},
  };
}

export interface AssessmentRequest {
  body: AssessmentBody;
  /** The item id of each `body.checklist` index. */
  itemOrder: string[];
}

/** The request for a form whose overall score and decision are chosen (see `missingChoices`). */
export function requestFromForm(form: AssessmentForm, items: readonly ChecklistItem[]): AssessmentRequest {
  const itemOrder: string[] = [];
  const checklist: AssessmentBody["checklist"] = [];
  for (const item of items) {
    const entry = form.checklist[item.id];
    if (!entry?.answer) continue;
    itemOrder.push(item.id);
    // Wrong claims belong to an answer that says there were some.
    const claimsMade = entry.answer === "yes" || entry.answer === "partly";
    const mistakes = item.id === "complexity_mistakes" && claimsMade ? entry.complexityMistakes : [];
    checklist.push({
      itemId: item.id,
      answer: entry.answer,
      comment: entry.comment,
      evidence: entry.evidence,
      ...(mistakes.length > 0 ? { complexityMistakes: mistakes } : {}),
    });
  }
  const scores: Record<string, number> = {};
  for (const [id, score] of Object.entries(form.scores)) if (score !== null) scores[id] = score;
  return {
    body: {
      checklist,
      scores,
      overall: form.overall ?? 0,
      advance: form.advance ?? false,
      annotations: form.annotations,
      // A reason for a score not given would be refused; an empty one says nothing.
      scoreReasons: Object.fromEntries(
        Object.entries(form.scoreReasons).filter(
          ([id, reason]) => reason.trim() !== "" && (id === "overall" || scores[id] !== undefined),
        ),
      ),
    },
    itemOrder,
  };
}

/** What the API would refuse before any check of the interview: no overall score, no decision. */
export function missingChoices(form: AssessmentForm): FieldMessage[] {
  const missing: FieldMessage[] = [];
  if (form.overall === null) missing.push({ field: "overall", message: "Choose an overall score from 1 to 4" });
  if (form.advance === null) missing.push({ field: "advance", message: "Choose whether the candidate advances" });
  return missing;
}

export interface FieldMessage {
  /** The form's own path: `overall`, `scores.communication`, `checklist.<itemId>.evidence.0.eventId`, `annotations.2`. */
  field: string;
  message: string;
}

/**
 * The API's field paths (`body.checklist.0.evidence.1.eventId`) as the form's (`checklist.<itemId>.evidence.1`),
 * so each message can be shown beside what it is about.
 */
export function formFieldErrors(fields: readonly { field: string; message: string }[], itemOrder: readonly string[]) {
  return fields.map(({ field, message }): FieldMessage => {
    const parts = field.replace(/^body\./, "").split(".");
    const text = message.charAt(0).toUpperCase() + message.slice(1);
    if (parts[0] === "checklist" && parts[1] !== undefined) {
      const itemId = itemOrder[Number(parts[1])] ?? parts[1];
      return { field: ["checklist", itemId, ...parts.slice(2)].join("."), message: text };
    }
    if (parts[0] === "annotations" && parts[1] !== undefined) {
      return { field: `annotations.${parts[1]}`, message: text };
    }
    return { field: parts.slice(0, 2).join("."), message: text };
  });
}

/** The messages about one field and everything under it. */
export function messagesUnder(errors: readonly FieldMessage[], prefix: string): string[] {
  return errors
    .filter((error) => error.field === prefix || error.field.startsWith(`${prefix}.`))
    .map((error) => error.message);
}
