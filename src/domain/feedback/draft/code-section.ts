// "Your code": each annotation of the walk-through with the lines it is about, quoted in a fenced block in
// the snapshot's language, so the candidate reads the remark beside the code it is about.
import type { AnnotationKind, CodeAnnotation } from "../assessment.js";
import type { DraftInput, DraftSnapshot } from "./input.js";
import type { TimelineFacts } from "./timeline-facts.js";
import { asSentence, atMinute, capitalise, lineRange } from "./wording.js";

const kindLabels: Record<AnnotationKind, string> = {
  went_astray: "where it went astray",
  could_be_better: "could be better",
  done_well: "done well",
};

export function codeSection(input: DraftInput, facts: TimelineFacts): string[] {
  if (input.annotations.length === 0) return [];
  const snapshots = [...input.snapshots].sort((a, b) => a.at - b.at);
  const position = (annotation: CodeAnnotation) => {
    const index = snapshots.findIndex((snapshot) => snapshot.id === annotation.snapshotId);
    return index === -1 ? snapshots.length : index;
  };
  const ordered = [...input.annotations].sort(
    (a, b) => position(a) - position(b) || a.startLine - b.startLine || a.endLine - b.endLine,
  );
  const blocks = ["## Your code"];
  for (const annotation of ordered) {
    const snapshot = snapshots.find((candidate) => candidate.id === annotation.snapshotId) ?? null;
    // Most walk-throughs are of the final solution; an earlier version is named by when it was captured.
    const version = snapshot && snapshot !== facts.finalSnapshot ? `, in your code ${atMinute(snapshot.at)}` : "";
    const lines = capitalise(lineRange(annotation.startLine, annotation.endLine));
    const comment = asSentence(annotation.comment);
    blocks.push(`**${lines}${version}, ${kindLabels[annotation.kind]}.**${comment ? ` ${comment}` : ""}`);
    const quote = snapshot ? quoteLines(snapshot, annotation.startLine, annotation.endLine) : null;
    if (quote) blocks.push(quote);
  }
  return blocks;
}

function quoteLines(snapshot: DraftSnapshot, startLine: number, endLine: number): string | null {
  const lines = snapshot.code.split(/\r\n|\r|\n/).slice(startLine - 1, endLine);
  if (lines.length === 0) return null;
  const body = lines.join("\n");
  // A fence longer than any run of backticks in the code, so the code cannot close it.
  const longestRun = Math.max(0, ...(body.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(Math.max(3, longestRun + 1));
  return `${fence}${languageTag(snapshot.language)}\n${body}\n${fence}`;
}

/** "TypeScript" → "typescript", "Objective C" → "objective-c": what Markdown highlighters recognise. */
function languageTag(language: string): string {
  return language
    .trim()
    .toLowerCase()
    .replace(/[\s`]+/g, "-");
}
