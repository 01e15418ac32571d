// The debrief screen in the last minutes of a live interview: the candidate's self-assessment asked first,
// what the strongest performers do on the question, and the specifics noted so far, private notes hidden
// until the interviewer shows them; new notes appear while it is open.
import { randomUUID } from "node:crypto";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { newContext, screenshot } from "./support/browser.js";
import { overflowsHorizontally } from "./support/flows.js";
import { scheduleByApi } from "./support/interviews.js";
import type { RunningServer } from "./support/server.js";
import { signedInSession } from "./support/session.js";

describe("the debrief screen", () => {
  const session = signedInSession();
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let interviewId = "";

  beforeAll(async () => {
    ({ server, browser, context, page } = session);
    ({ interviewId } = await scheduleByApi(page, "Dana Debrief"));
    expect((await page.request.post(`/api/interviews/${interviewId}/start`, { data: {} })).status()).toBe(200);
    for (const event of [
      { at: 45, kind: "clarifying_question", text: "Can the array hold duplicates?" },
      { at: 200, kind: "note", text: "private: seems nervous about time" },
      { at: 400, kind: "hint", topic: "data-structure" },
      { at: 610, kind: "layer_completed", layer: 1 },
      { at: 700, kind: "praise", text: "Explained the hash map trade-off unprompted" },
    ]) {
      const response = await page.request.post(`/api/interviews/${interviewId}/events`, {
        data: { clientId: randomUUID(), ...event },
      });
      expect(response.status()).toBe(201);
    }
  });

  it("asks for the candidate's view, shows the benchmarks and the specifics, and keeps private notes off", async () => {
    await page.goto(`/interviews/${interviewId}/debrief`);
    await page.getByRole("heading", { name: /^Debrief:/, level: 1 }).waitFor();
    await page.getByText(/how close did you get to an optimised solution/).waitFor();
    // No history yet: the author's estimates stand in, and the page says so.
    await page.getByText("“Brute force”: the question's author expects it done about 8 minutes in.").waitFor();
    await page.getByText("No earlier interviews of this question have been assessed yet.").waitFor();
    const specifics = page.getByRole("listitem").filter({ hasText: "Explained the hash map trade-off" });
    await specifics.waitFor();
    await page.getByText("Can the array hold duplicates?").waitFor();
    expect(await page.getByText("private: seems nervous").count()).toBe(0);
    await page.getByLabel("Show my private notes").check({ force: true });
    await page.getByText("private: seems nervous").waitFor();
    await screenshot(page, "debrief-desktop");
  });

  it("picks up a note taken while it is open", async () => {
    const response = await page.request.post(`/api/interviews/${interviewId}/events`, {
      data: { clientId: randomUUID(), at: 800, kind: "praise", text: "Tested the empty input first" },
    });
    expect(response.status()).toBe(201);
    await page.getByText("Tested the empty input first").waitFor({ timeout: 15_000 });
  });

  it("lets the candidate answer the self-assessment on this screen, by keyboard", async () => {
    const answers = page.getByTestId("candidate-answers");
    await answers.getByRole("button", { name: "Answer the questions" }).click();
    await answers.getByRole("button", { name: "Save the answers" }).click();
    await answers.getByText("Choose a score for Problem solving").waitFor();
    await answers.scrollIntoViewIfNeeded();
    await screenshot(page, "debrief-answers");
    for (const [scale, choice] of [
      ["Problem solving", 2],
      ["Code quality", 3],
      ["Communication", 3],
      ["Overall", 2],
    ] as const) {
      // Each choice here is past the first, so the arrows alone choose it.
      const group = answers.getByRole("radiogroup", { name: scale, exact: true });
      await group.getByRole("radio").first().focus();
      // Arrows move the choice within the group, as a radio group does.
      for (let i = 1; i < choice; i++) await page.keyboard.press("ArrowRight");
    }
    await answers
      .getByRole("radiogroup", { name: "Do you think you passed?" })
      .getByText("No", { exact: true })
      .click();
    await answers.getByLabel(/^Where did you struggle/).fill("Choosing the data structure took me too long.");
    await answers.getByRole("button", { name: "Save the answers" }).click();
    await answers.getByText(/^Answered /).waitFor();
    const saved = await (await page.request.get(`/api/interviews/${interviewId}/self-assessment`)).json();
    expect(saved).toMatchObject({
      source: "debrief",
      scores: { problemSolving: 2, codeQuality: 3, communication: 3 },
      overall: 2,
      thinksPassed: false,
      answers: { struggle: "Choosing the data structure took me too long." },
    });
  });

  it("reads on a phone", async () => {
    const phone = await newContext(browser, server.baseUrl, { width: 390, height: 844 });
    await phone.addCookies(await context.cookies());
    const small = await phone.newPage();
    await small.goto(`/interviews/${interviewId}/debrief`);
    await small.getByRole("heading", { name: /^Debrief:/, level: 1 }).waitFor();
    await small.getByText("Tested the empty input first").waitFor();
    expect(await overflowsHorizontally(small)).toBe(false);
    await screenshot(small, "debrief-phone");
    await phone.close();
  });
});
