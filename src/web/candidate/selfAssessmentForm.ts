// The self-assessment as a form holds it (strings, "" for not chosen yet) and as the API takes it, and
// the API's field errors (`body.scores.codeQuality`) put beside the fields they are about.
import type { SelfAssessmentBodyInput } from "../../features/candidate-portal/schemas";
import { ApiError, errorMessage } from "../api/client";
import type { Overview } from "./steps";

/** What the form is built from: the scales, the prompts and what was recorded (the debrief screen has these too). */
export type SelfAssessmentSource = Pick<Overview, "dimensions" | "prompts" | "selfAssessment">;

export interface SelfAssessmentValues {
  scores: Record<string, string>;
  overall: string;
  thinksPassed: "" | "yes" | "no";
  answers: Record<string, string>;
}

const chosen = (score: number | null | undefined) => (score ? String(score) : "");

/** Blank for a first visit; what was recorded (through the link or at the debrief screen) otherwise. */
export function initialValues(overview: SelfAssessmentSource): SelfAssessmentValues {
  const saved = overview.selfAssessment;
  const passed = saved?.thinksPassed;
  return {
    scores: Object.fromEntries(
      overview.dimensions.map((dimension) => [dimension.id, chosen(saved?.scores[dimension.id])]),
    ),
    overall: chosen(saved?.overall),
    thinksPassed: passed === true ? "yes" : passed === false ? "no" : "",
    answers: Object.fromEntries(overview.prompts.map((prompt) => [prompt.id, saved?.answers[prompt.id] ?? ""])),
  };
}

/** The answers the server requires, checked here first so the candidate hears it before a round trip. */
export function validate(values: SelfAssessmentValues, overview: SelfAssessmentSource): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const dimension of overview.dimensions) {
    if (!values.scores[dimension.id]) errors[`scores.${dimension.id}`] = `Choose a score for ${dimension.label}`;
  }
  if (!values.overall) errors.overall = "Choose an overall score";
  if (!values.thinksPassed) errors.thinksPassed = "Choose yes or no";
  return errors;
}

export function toBody(values: SelfAssessmentValues): SelfAssessmentBodyInput {
  return {
    scores: Object.fromEntries(
      Object.entries(values.scores)
        .filter(([, score]) => score !== "")
        .map(([id, score]) => [id, Number(score)]),
    ),
    overall: Number(values.overall),
    thinksPassed: values.thinksPassed === "yes",
    answers: Object.fromEntries(Object.entries(values.answers).map(([id, text]) => [id, text.trim()])),
  };
}

/** Sets each field error the form shows and returns what belongs in the form's alert, or null. */
export function placeServerErrors(
  overview: SelfAssessmentSource,
  setFieldError: (path: string, message: string) => void,
  error: unknown,
): string | null {
  if (!(error instanceof ApiError) || error.fields.length === 0) return errorMessage(error);
  const known = new Set([
    ...overview.dimensions.map((dimension) => `scores.${dimension.id}`),
    ...overview.prompts.map((prompt) => `answers.${prompt.id}`),
    "overall",
    "thinksPassed",
  ]);
  let unplaced = false;
  for (const { field, message } of error.fields) {
    const path = field.replace(/^body\./, "");
    if (known.has(path)) setFieldError(path, message.charAt(0).toUpperCase() + message.slice(1));
    else unplaced = true;
  }
  return unplaced ? error.message : null;
}
