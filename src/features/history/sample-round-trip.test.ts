// The real sample (about 31,000 lines, 140,000 events) through the API: imported, exported back equal to
// the file, and imported again without changing anything.
import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, signUpOrganization, type TestApp } from "../../test/app.js";
import { normalisedHistory } from "../../test/history.js";
import { SAMPLE_HISTORY } from "../../test/shared-data.js";

const SAMPLE = SAMPLE_HISTORY;
const TIMEOUT = 180_000;

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

describe("the sample history", () => {
  it(
    "imports, exports equal to the file, and imports again changing nothing",
    async () => {
      const gz = readFileSync(SAMPLE);
      const text = gunzipSync(gz).toString("utf8");
      const records = text.split("\n").filter((l) => l.trim() !== "");
      const ofType = (type: string) => records.filter((l) => l.includes(`"type":"${type}"`)).length;
      const admin = await signUpOrganization(t.app);
      const importSample = () =>
        t.app.inject({
          method: "POST",
          url: "/api/history/import",
          headers: { ...admin.headers, "content-type": "application/gzip" },
          payload: gz,
        });

      const first = await importSample();
      expect(first.statusCode, first.body).toBe(200);
      const summary = first.json();
      expect(summary).toMatchObject({
        interviewers: { created: ofType("interviewer"), updated: 0, unchanged: 0 },
        candidates: { created: ofType("candidate"), updated: 0, unchanged: 0 },
        questions: { created: ofType("question"), updated: 0, unchanged: 0 },
        interviews: { created: ofType("interview"), updated: 0, unchanged: 0 },
        outcomes: { created: ofType("outcome"), updated: 0, unchanged: 0 },
        offers: { created: ofType("offer"), updated: 0, unchanged: 0 },
      });
      expect(summary.events).toBeGreaterThan(100_000);

      const exported = await t.app.inject({ method: "GET", url: "/api/history/export", headers: admin.headers });
      expect(exported.statusCode).toBe(200);
      const exportedLines = normalisedHistory(exported.body);
      const inputLines = normalisedHistory(text);
      expect(exportedLines.length).toBe(inputLines.length);
      // Compared line by line first, so a difference shows as one record rather than a 31,000-line diff.
      const inInput = new Set(inputLines);
      expect(exportedLines.filter((l) => !inInput.has(l)).slice(0, 3)).toEqual([]);
      expect(exportedLines).toEqual(inputLines);

      const again = await importSample();
      expect(again.statusCode, again.body).toBe(200);
      const unchanged = (type: string) => ({ created: 0, updated: 0, unchanged: ofType(type) });
      expect(again.json()).toEqual({
        lines: summary.lines,
        interviewers: unchanged("interviewer"),
        candidates: unchanged("candidate"),
        questions: unchanged("question"),
        interviews: unchanged("interview"),
        events: 0,
        outcomes: unchanged("outcome"),
        offers: unchanged("offer"),
      });
    },
    TIMEOUT,
  );
});
