// An interview taken from start to released feedback over the API, for tests of what comes after the
// release: the candidate's link, their pages, the email.
import { randomUUID } from "node:crypto";
import { expect } from "vitest";
import type { App } from "../server/context.js";
import type { SignedUp } from "./app.js";

export const RELEASED_CODE =
  "def merge(intervals):\n    intervals.sort()\n    out = []\n    for s, e in intervals:\n        out.append((s, e))\n    return out\n";

export const RELEASED_TEXT =
  "You asked whether the intervals were sorted before writing code, and had a brute-force version working at 19:30.\n\nThe loop on lines 4 and 5 appends every interval without merging overlaps; practise tracing a small example by hand before running it.";

async function call(app: App, method: "POST" | "PUT", url: string, payload: unknown, who: SignedUp, status: number) {
  const response = await app.inject({ method, url, headers: who.headers, payload: payload as object });
  expect(response.statusCode, `${method} ${url}: ${response.body}`).toBe(status);
  return response.json();
}

export interface ReleasedInterview {
  interviewId: string;
  candidateId: string;
  snapshotId: string;
  /** The candidate's link, from the release's answer. */
  url: string;
  token: string;
  release: Record<string, unknown>;
}

/** Schedules, runs, assesses (with reasons and one annotation) and releases an interview. */
export async function releasedInterview(
  app: App,
  staff: { recruiter: SignedUp; interviewer: SignedUp },
  options: { candidateName?: string; email?: string | null; advance?: boolean } = {},
): Promise<ReleasedInterview> {
  const { recruiter, interviewer } = staff;
  const candidate = await call(
    app,
    "POST",
    "/api/candidates",
    {
      name: options.candidateName ?? "Cara Candidate",
      ...(options.email === null ? {} : { email: options.email ?? `cara-${randomUUID().slice(0, 8)}@example.test` }),
    },
    recruiter,
    201,
  );
  const interview = await call(
    app,
    "POST",
    "/api/interviews",
    { candidateId: candidate.id, interviewerId: interviewer.userId },
    recruiter,
    201,
  );
  await call(app, "POST", `/api/interviews/${interview.id}/start`, {}, interviewer, 200);
  const snapshot = await call(
    app,
    "POST",
    `/api/interviews/${interview.id}/snapshots`,
    { clientId: randomUUID(), at: 1500, language: "python", code: RELEASED_CODE },
    interviewer,
    201,
  );
  const advance = options.advance ?? false;
  await call(
    app,
    "PUT",
    `/api/interviews/${interview.id}/assessment`,
    {
      checklist: [],
      scores: { problemSolving: 3, codeQuality: 2, communication: 3 },
      overall: advance ? 3 : 2,
      advance,
      annotations: [
        {
          snapshotId: snapshot.id,
          startLine: 4,
          endLine: 5,
          kind: "went_astray",
          comment: "Overlaps are never merged.",
        },
      ],
      scoreReasons: {
        problemSolving: "You found a working approach for the first layer without a hint.",
        codeQuality: "The merge step was missing, and names like s and e hid what the loop did.",
      },
    },
    interviewer,
    200,
  );
  const release = await call(
    app,
    "POST",
    `/api/interviews/${interview.id}/feedback/releases`,
    { text: RELEASED_TEXT },
    interviewer,
    201,
  );
  const url = release.share.url as string;
  return {
    interviewId: interview.id,
    candidateId: candidate.id,
    snapshotId: snapshot.id,
    url,
    token: url.slice(url.lastIndexOf("/") + 1),
    release,
  };
}
