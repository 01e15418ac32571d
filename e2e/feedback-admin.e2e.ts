// An admin's side of feedback: the organisation's policy and score dimensions, how long candidate links
// work and when second looks come due, and the audit log that keeps every release, correction and linter
// override with its written reason.
import { randomUUID } from "node:crypto";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { screenshot } from "./support/browser.js";
import { goTo } from "./support/flows.js";
import { scheduleByApi } from "./support/interviews.js";
import { signedInSession } from "./support/session.js";

describe("feedback settings and the audit log", () => {
  const session = signedInSession();
  let page: Page;

  beforeAll(() => {
    ({ page } = session);
  });

  it("saves what candidates see and the organisation's own score dimensions", async () => {
    await goTo(page, "Feedback settings", "Feedback settings");
    await page.getByLabel("The decision (whether they advance)").check();
    await page.getByRole("button", { name: "Add dimension" }).click();
    await page.getByLabel("Dimension 1", { exact: true }).fill("System design");
    await page.getByLabel("A feedback link works for").fill("30");
    await page.getByLabel("Offer for a second look after").fill("3");
    await page.getByRole("button", { name: "Save settings" }).click();
    await page.getByText("The feedback settings are saved.").waitFor();
    await page.reload();
    await page.getByLabel("Dimension 1", { exact: true }).waitFor();
    expect(await page.getByLabel("Dimension 1", { exact: true }).inputValue()).toBe("System design");
    expect(await page.getByLabel("The decision (whether they advance)").isChecked()).toBe(true);
    expect(await page.getByLabel("The scores").isChecked()).toBe(false);
    const saved = await (await page.request.get("/api/feedback/settings")).json();
    expect(saved).toEqual({
      policy: { includeOutcome: true, includeScores: false },
      scoreDimensions: [{ id: "systemDesign", label: "System design" }],
      candidatePolicy: { linkDays: 30, secondLookMonths: 3 },
    });
    expect(await page.getByLabel("A feedback link works for").inputValue()).toBe("30 days");
  });

  it("lists a release made over the linter's objection, with the reason", async () => {
    const { interviewId } = await scheduleByApi(page, "Avery Audit");
    expect((await page.request.post(`/api/interviews/${interviewId}/start`, { data: {} })).status()).toBe(200);
    await page.request.post(`/api/interviews/${interviewId}/events`, {
      data: { clientId: randomUUID(), at: 90, kind: "coding_started" },
    });
    const assessed = await page.request.put(`/api/interviews/${interviewId}/assessment`, {
      data: {
        checklist: [],
        scores: { problemSolving: 3, systemDesign: 2 },
        overall: 3,
        advance: true,
        annotations: [],
      },
    });
    expect(assessed.status()).toBe(200);
    const released = await page.request.post(`/api/interviews/${interviewId}/feedback/releases`, {
      data: {
        text: "Congratulations, you're through to the next round! You started coding 90 seconds in.",
        overrideReason: "The recruiter asked for the decision to open this one.",
      },
    });
    expect(released.status()).toBe(201);
    await goTo(page, "Audit log", "Audit log");
    const row = page.getByRole("row").filter({ hasText: "Linter overridden" });
    await row.getByText("Reason: “The recruiter asked for the decision to open this one.”").waitFor();
    await page.getByRole("row").filter({ hasText: "Feedback released" }).waitFor();
    await page.getByRole("row").filter({ hasText: "Settings changed" }).waitFor();
    await screenshot(page, "audit-log");
  });
});
