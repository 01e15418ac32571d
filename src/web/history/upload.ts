// Sends a history file to the import and reads the streamed answer (NDJSON) line by line as it arrives.
import { ApiError } from "../api/client";
import type { ImportStreamLine, ImportSummary } from "../api/types";

export type Progress = Extract<ImportStreamLine, { type: "progress" }>;
export interface Problem {
  line: number;
  field: string;
  message: string;
}

/** The import refused the file: its message and, for an invalid file, each bad line. */
export class ImportRefused extends Error {
  readonly problems: Problem[];
  readonly problemCount: number;
  constructor(message: string, problems: Problem[] = [], problemCount = problems.length) {
    super(message);
    this.name = "ImportRefused";
    this.problems = problems;
    this.problemCount = problemCount;
  }
}

export function contentTypeFor(file: File): string {
  return /\.gz$/i.test(file.name) ? "application/gzip" : "application/x-ndjson";
}

export async function importHistory(
  file: File,
  onProgress: (progress: Progress) => void,
  signal?: AbortSignal,
): Promise<ImportSummary> {
  let response: Response;
  try {
    response = await fetch("/api/history/import", {
      method: "POST",
      headers: { "content-type": contentTypeFor(file), accept: "application/x-ndjson" },
      credentials: "same-origin",
      body: file,
      signal,
    });
  } catch {
    if (signal?.aborted) throw new ImportRefused("The import was cancelled; nothing was imported.");
    throw new ApiError(0, "network", "Debrief could not be reached. Check your connection and try again.", []);
  }
  // Refused before the stream started (not signed in, not an admin, wrong type): a plain JSON error.
  if (!response.ok || !response.body) {
    const payload = (await response.json().catch(() => undefined)) as
      | { error?: { code?: string; message?: string; problems?: Problem[]; problemCount?: number } }
      | undefined;
    const error = payload?.error;
    if (error?.problems)
      throw new ImportRefused(error.message ?? "The file was refused.", error.problems, error.problemCount);
    throw new ApiError(
      response.status,
      error?.code ?? "error",
      error?.message ?? `The server answered ${response.status}.`,
    );
  }

  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  const handle = (text: string): ImportSummary | undefined => {
    if (!text.trim()) return undefined;
    const line = JSON.parse(text) as ImportStreamLine;
    if (line.type === "progress") onProgress(line);
    else if (line.type === "done") return line.summary;
    else {
      const error = line.error as { message: string; problems?: Problem[]; problemCount?: number };
      throw new ImportRefused(error.message, error.problems ?? [], error.problemCount);
    }
    return undefined;
  };
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (value) buffer += value;
      let newline = buffer.indexOf("\n");
      while (newline >= 0) {
        const summary = handle(buffer.slice(0, newline));
        if (summary) return summary;
        buffer = buffer.slice(newline + 1);
        newline = buffer.indexOf("\n");
      }
      if (done) break;
    }
  } catch (error) {
    if (error instanceof ImportRefused) throw error;
    if (signal?.aborted) throw new ImportRefused("The import was cancelled; nothing was imported.");
    throw new ApiError(
      0,
      "network",
      "The connection was lost during the import. Nothing was imported if no summary was shown; try again.",
    );
  }
  const summary = handle(buffer);
  if (summary) return summary;
  throw new ApiError(0, "network", "The import ended without a result. Try again.");
}
