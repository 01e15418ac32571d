// Second looks in a browser: an organisation's history imported (a candidate who did not advance seven
// months ago and has passed an interview elsewhere since; one who advanced), the list showing who is due
// with their path and the feedback they had, dismissing, and the page on a phone.
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { screenshot } from "./support/browser.js";
import { goTo, overflowsHorizontally } from "./support/flows.js";
import { signedInSession } from "./support/session.js";

const monthsAgo = (months: number) => new Date(Date.now() - months * 30.5 * 86_400_000).toISOString();

function history(): string {
  const lines = [
    { type: "meta", format: "debrief-history", version: 1, source: "second-look test" },
    { type: "interviewer", id: "ivr-1", name: "Ida Interviewer" },
    { type: "candidate", id: "c-due", name: "Dara Due" },
    { type: "candidate", id: "c-in", name: "Ines Advanced" },
    { type: "question", id: "q-1", title: "Merge meetings", durationMinutes: 45, layers: ["Brute force", "Sorted"] },
    {
      type: "interview",
      id: "iv-due",
      candidateId: "c-due",
      interviewerId: "ivr-1",
      questionId: "q-1",
      startedAt: monthsAgo(7),
      assessment: { scores: { problemSolving: 2 }, overall: 2, advance: false },
      selfAssessment: { overall: 1, thinksPassed: false },
      feedbackSharedAt: monthsAgo(7),
    },
    {
      type: "interview",
      id: "iv-in",
      candidateId: "c-in",
      interviewerId: "ivr-1",
      questionId: "q-1",
      startedAt: monthsAgo(7),
      assessment: { scores: { problemSolving: 4 }, overall: 4, advance: true },
    },
    { type: "outcome", candidateId: "c-due", at: monthsAgo(2), passed: true, company: "Elsewhere Ltd" },
  ];
  return `${lines.map((line) => JSON.stringify(line)).join("\n")}\n`;
}

describe("second looks", () => {
  const session = signedInSession();
  let page: Page;

  beforeAll(async () => {
    ({ page } = session);
    const imported = await page.request.post("/api/history/import", {
      headers: { "content-type": "application/x-ndjson" },
      data: history(),
    });
    expect(imported.status(), await imported.text()).toBe(200);
  });

  it("shows who is due, with their path and the feedback they had, and drops a dismissed one", async () => {
    await goTo(page, "Second looks", "Second looks");
    const due = page.getByRole("region", { name: "Due now" });
    const card = due.getByTestId("second-look");
    await card.getByRole("link", { name: "Dara Due" }).waitFor();
    expect(await card.count()).toBe(1);
    await card.getByText(/Feedback given/).waitFor();
    await card.getByText("Since: passed 1 of 1 interview elsewhere").waitFor();
    await card.getByText(/passed an interview at Elsewhere Ltd/).waitFor({ state: "attached" });
    expect(await page.getByText("Ines Advanced").count()).toBe(0);
    await screenshot(page, "second-looks");

    await page.setViewportSize({ width: 390, height: 844 });
    expect(await overflowsHorizontally(page)).toBe(false);
    await screenshot(page, "second-looks-phone");
    await page.setViewportSize({ width: 1280, height: 800 });

    await card.getByRole("button", { name: "Dismiss" }).click();
    await due.getByText(/Nobody is due/).waitFor();
  });
});
