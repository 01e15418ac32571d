// A range of lines chosen in the code walk-through: what an annotation is written about, and what the
// checklist attaches as code evidence. Shared by both, so a selection made once serves either.
import type { AnnotationKind } from "../../domain/feedback/assessment";

export interface LineSelection {
  snapshotId: string;
  /** 1-based, inclusive, startLine ≤ endLine. */
  startLine: number;
  endLine: number;
}

export function spanOf(anchor: number, line: number): { startLine: number; endLine: number } {
  return { startLine: Math.min(anchor, line), endLine: Math.max(anchor, line) };
}

export const annotationKindInfo: Record<AnnotationKind, { label: string; color: string }> = {
  went_astray: { label: "Went astray", color: "red" },
  could_be_better: { label: "Could be better", color: "orange" },
  done_well: { label: "Done well", color: "teal" },
};
