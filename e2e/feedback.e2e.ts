// From a finished interview to released feedback, the way an interviewer does it: the interview run through
// the API (its events at the moments of a real session), then the feedback page: the checklist with
// evidence, scores and the decision, remarks on lines of the code, saving (a refusal shown by its field),
// a draft written from the notes, the linter's inline finding, a release over it with a reason, and a
// correction released as version 2.
import { randomUUID } from "node:crypto";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, Locator, Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { newContext, screenshot } from "./support/browser.js";
import { overflowsHorizontally } from "./support/flows.js";
import { scheduleByApi } from "./support/interviews.js";
import type { RunningServer } from "./support/server.js";
import { signedInSession } from "./support/session.js";

const code = `def two_sum(numbers, target):
    for i in range(len(numbers)):
        for j in range(i + 1, len(numbers)):
            if numbers[i] + numbers[j] == target:
                return i, j
    return None


def two_sum_fast(numbers, target):
    seen = {}
    for index, value in enumerate(numbers):
        if target - value in seen:
            return seen[target - value], index
        seen[value] = index
    return None
`;

const shotPath = (name: string) =>
  path.join(path.resolve(path.dirname(fileURLToPath(import.meta.url)), "screenshots"), `${name}.png`);

/** One part of the page, for a closer look than the whole page gives (without the app's header over it). */
async function sectionShot(section: Locator, name: string) {
  const header = section.page().locator("header").first();
  await header.evaluate((element) => {
    element.style.visibility = "hidden";
  });
  await section.screenshot({ path: shotPath(name), animations: "disabled" });
  await header.evaluate((element) => {
    element.style.visibility = "";
  });
}

const outcomeFirst = "Unfortunately, we won't be moving forward with your application.";

/** An interview that ran: a question, a hint, two layers finished, a mistake, the code. */
async function runInterview(page: Page): Promise<string> {
  const { interviewId } = await scheduleByApi(page, "Grace Hopper");
  expect((await page.request.post(`/api/interviews/${interviewId}/start`, { data: {} })).status()).toBe(200);
  const events = [
    { at: 40, kind: "clarifying_question", text: "can the numbers repeat?" },
    { at: 115, kind: "coding_started" },
    { at: 550, kind: "hint", topic: "edge-cases", text: "an empty list" },
    { at: 1170, kind: "layer_completed", layer: 1 },
    { at: 1175, kind: "constraint_change", layer: 2 },
    { at: 1905, kind: "mistake", text: "said the nested loop is O(n)" },
    { at: 2150, kind: "praise", text: "explained the hash map's trade-off against sorting" },
    { at: 2300, kind: "layer_completed", layer: 2 },
  ];
  for (const event of events) {
    const response = await page.request.post(`/api/interviews/${interviewId}/events`, {
      data: { clientId: randomUUID(), ...event },
    });
    expect(response.status(), await response.text()).toBe(201);
  }
  // The brute force at the end of layer 1, then the final code.
  for (const [at, snapshotCode] of [
    [1100, code.split("\n\n\n")[0] ?? ""],
    [2400, code],
  ] as const) {
    const snapshot = await page.request.post(`/api/interviews/${interviewId}/snapshots`, {
      data: { clientId: randomUUID(), at, language: "Python", code: snapshotCode },
    });
    expect(snapshot.status()).toBe(201);
  }
  expect((await page.request.post(`/api/interviews/${interviewId}/finish`, { data: {} })).status()).toBe(200);
  return interviewId;
}

describe("assessing an interview and releasing its feedback", () => {
  const session = signedInSession();
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let interviewId = "";

  beforeAll(async () => {
    ({ server, browser, page } = session);
    interviewId = await runInterview(page);
  });

  const item = (id: string) => page.getByTestId(`checklist-${id}`);
  // A segmented control's radios are hidden behind their labels: a person clicks the label.
  const choose = (group: Locator, label: string) =>
    group
      .locator("label")
      .filter({ hasText: new RegExp(`^${label}`) })
      .click();
  const answer = (id: string, label: string) => choose(item(id).getByRole("radiogroup"), label);
  const pickEvent = async (id: string, name: RegExp) => {
    await item(id).getByRole("combobox", { name: "Moments from the timeline" }).click();
    await page.getByRole("option", { name }).click();
    await page.keyboard.press("Escape");
  };

  it("opens from the finished interview", async () => {
    await page.goto(`/interviews/${interviewId}`);
    const link = page.getByRole("link", { name: "Assess and write feedback" });
    await link.waitFor();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: shotPath("feedback-link-phone"), animations: "disabled" });
    expect(await overflowsHorizontally(page)).toBe(false);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.screenshot({ path: shotPath("feedback-link"), animations: "disabled" });
    await link.click();
    await page.getByRole("heading", { name: "Assess and write feedback", level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/interviews/${interviewId}/feedback`);
    // A coding question: six questions, not the system-design one.
    await page.getByText("0 of 6 answered").waitFor();
    expect(await page.getByText(/jump to a specific database/).count()).toBe(0);
    await page.getByText("Not saved yet").waitFor();
    await page.screenshot({ path: shotPath("feedback-start"), animations: "disabled" });
  });

  it("answers the checklist with evidence from the timeline", async () => {
    await answer("constraints_asked", "Partly");
    await item("constraints_asked")
      .getByLabel("Comment")
      .fill("Asked whether numbers repeat, not whether the list can be empty.");
    await pickEvent("constraints_asked", /^0:40 · Clarifying question · can the numbers repeat\?/);
    await item("constraints_asked").getByText("0:40 · Clarifying question").first().waitFor();

    // An item shows its comment and evidence once it has an answer.
    expect(await item("snippets_to_improve").getByLabel("Comment").count()).toBe(0);
    await answer("snippets_to_improve", "Yes");
    await answer("more_efficient", "Partly");
    await answer("tradeoffs_discussed", "Yes");
    await pickEvent("tradeoffs_discussed", /^35:50 · Done well/);
    await answer("idiomatic_language", "Yes");

    await answer("complexity_mistakes", "Yes");
    await pickEvent("complexity_mistakes", /^31:45 · Mistake/);
    const mistakes = item("complexity_mistakes");
    await mistakes.getByRole("button", { name: "Add a complexity mistake" }).click();
    await mistakes.getByRole("textbox", { name: "They said", exact: true }).fill("O(n)");
    await mistakes.getByRole("textbox", { name: "It is", exact: true }).fill("O(n²)");
    // "About" left empty for now: the API refuses it, by its field.
    await page.getByText("6 of 6 answered").waitFor();
  });

  it("scores each dimension, overall, and decides; the policy says what the candidate sees", async () => {
    for (const [dimension, score] of [
      ["Problem solving", "3"],
      ["Code quality", "2"],
      ["Communication", "4"],
      ["Overall", "3"],
    ] as const) {
      await choose(page.getByRole("radiogroup", { name: dimension, exact: true }), score);
    }
    await choose(page.getByRole("radiogroup", { name: "Decision" }), "Advance");
    await page
      .getByText(/The decision is not shown to the candidate unless your organisation's policy says so; it does not/)
      .waitFor();
  });

  it("selects lines of the code with the mouse and the keyboard, and remarks on them", async () => {
    const codeLines = page.getByRole("group", { name: /^Code at 40:00, Python/ });
    await codeLines.getByRole("button", { name: "Line 2", exact: true }).click();
    await codeLines.getByRole("button", { name: "Line 5", exact: true }).click({ modifiers: ["Shift"] });
    const composer = page.getByRole("region", { name: "New remark on lines 2–5" });
    await composer.waitFor();
    await page.screenshot({ path: shotPath("feedback-composer"), animations: "disabled" });
    await choose(composer.getByRole("radiogroup", { name: "Kind" }), "Went astray");
    await composer.getByLabel("Comment").fill("Two nested loops compare every pair: quadratic time.");
    await composer.getByRole("button", { name: "Add remark" }).click();
    await page.getByTestId("annotation").filter({ hasText: "quadratic time" }).waitFor();

    // From the keyboard: the line numbers are one tab stop; arrows move, Shift+arrows extend.
    await codeLines.getByRole("button", { name: "Line 9", exact: true }).focus();
    await page.keyboard.press("Enter");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Shift+ArrowDown");
    await page.keyboard.press("Shift+ArrowDown");
    await page.getByRole("region", { name: "New remark on lines 10–12" }).waitFor();
    expect(await codeLines.getByRole("button", { name: "Line 11", exact: true }).getAttribute("aria-pressed")).toBe(
      "true",
    );
    const second = page.getByRole("region", { name: "New remark on lines 10–12" });
    await choose(second.getByRole("radiogroup", { name: "Kind" }), "Done well");
    await second.getByLabel("Comment").fill("One pass with a dictionary of what has been seen.");
    // The same lines, as evidence for the efficiency answer.
    await second.getByRole("button", { name: "Use as evidence for…" }).click();
    await page.getByRole("menuitem", { name: /^3\. Could the solution have been more efficient/ }).click();
    await item("more_efficient").getByText("Lines 10–12 of the final code").waitFor();
    await second.getByRole("button", { name: "Add remark" }).click();
    await expect.poll(() => page.getByTestId("annotation").count()).toBe(2);

    // Edited in place.
    await page.getByRole("button", { name: "Edit the remark on Lines 2–5" }).click();
    await codeLines.getByLabel("Comment").fill("Two nested loops compare every pair, which is quadratic time.");
    await page.getByRole("button", { name: "Save remark" }).click();
    await page.getByTestId("annotation").filter({ hasText: "which is quadratic time" }).waitFor();

    // An earlier snapshot is a select away; the remarks stay with the final code.
    await page.getByRole("combobox", { name: "Snapshot" }).click();
    await page.getByRole("option", { name: "18:20 · Python" }).click();
    await page.getByRole("group", { name: /^Code at 18:20, Python/ }).waitFor();
    await page.getByText("2 more on other snapshots.", { exact: false }).waitFor();
    expect(await page.getByTestId("annotation").count()).toBe(0);
    await page.getByRole("combobox", { name: "Snapshot" }).click();
    await page.getByRole("option", { name: "40:00 · Python · final" }).click();
    await expect.poll(() => page.getByTestId("annotation").count()).toBe(2);
  });

  it("shows a refusal next to its field, then saves", async () => {
    await page.getByRole("button", { name: "Save assessment" }).click();
    const refusal = page.getByTestId("save-assessment").getByRole("alert");
    await refusal.getByText("Checklist question 5, complexity mistake 1").waitFor();
    await item("complexity_mistakes").getByText("Expected what the claim was about").waitFor();

    await item("complexity_mistakes").getByRole("textbox", { name: "About", exact: true }).fill("the nested loop");
    await page.getByRole("button", { name: "Save assessment" }).click();
    await page
      .getByTestId("save-assessment")
      .getByText(/^Saved/)
      .waitFor();
    await screenshot(page, "feedback-assessment");
    await sectionShot(page.locator("#code"), "feedback-code");
    await sectionShot(page.locator("#checklist"), "feedback-checklist");
    const saved = await (await page.request.get(`/api/interviews/${interviewId}/assessment`)).json();
    expect(saved.checklist).toHaveLength(6);
    expect(saved.annotations).toHaveLength(2);
    expect(saved.advance).toBe(true);
    expect(saved.scores).toEqual({ problemSolving: 3, codeQuality: 2, communication: 4 });
    expect(saved.checklist.find((r: { itemId: string }) => r.itemId === "more_efficient").evidence).toEqual([
      { kind: "code", snapshotId: expect.any(String), startLine: 10, endLine: 12 },
    ]);
  });

  it("writes the draft from the notes, with the timings", async () => {
    await page.getByRole("button", { name: "Write draft from notes" }).click();
    const editor = page.getByRole("textbox", { name: "Feedback for the candidate" });
    await expect.poll(() => editor.inputValue()).toContain("## Your timings");
    const draft = await editor.inputValue();
    expect(draft).toMatch(/You finished “Brute force” at 19 minutes/);
    expect(draft).toContain("You started coding about 2 minutes in");
    await page.getByTestId("draft-status").getByText("Draft saved").waitFor();
    // The preview shows it as the candidate will read it.
    await page.getByRole("tab", { name: "Preview" }).click();
    await page.locator("#feedback").getByRole("heading", { name: "Your timings" }).waitFor();
    await page.getByRole("tab", { name: "Write" }).click();
  });

  it("flags an outcome-first sentence inline and releases over it with a written reason", async () => {
    const editor = page.getByRole("textbox", { name: "Feedback for the candidate" });
    await editor.focus();
    await page.keyboard.press("Control+Home");
    await page.keyboard.type(`${outcomeFirst}\n\n`);
    await page.getByText("Outcome first").first().waitFor();
    // Marked where it stands in the text, too.
    await page.locator("#feedback mark").filter({ hasText: "Unfortunately" }).first().waitFor({ state: "attached" });
    await sectionShot(page.locator("#feedback"), "feedback-linted");

    await page.getByRole("button", { name: "Release feedback" }).click();
    const dialog = page.getByRole("dialog", { name: "Release despite the linter?" });
    await dialog.getByText(/won't be moving forward/).waitFor();
    await dialog.getByRole("button", { name: "Release with this reason" }).click();
    await dialog.getByText(/Write at least 10 characters/).waitFor();
    await dialog.getByLabel(/Why release it anyway/).fill("The candidate asked to hear the outcome first.");
    await page.screenshot({ path: shotPath("feedback-override"), animations: "disabled" });
    await dialog.getByRole("button", { name: "Release with this reason" }).click();
    await page.getByText("Released as version 1").waitFor();
  });

  it("releases a correction as version 2 and keeps both versions", async () => {
    const editor = page.getByRole("textbox", { name: "Feedback for the candidate" });
    await editor.fill((await editor.inputValue()).replace(`${outcomeFirst}\n\n`, ""));
    await page.getByRole("button", { name: "Release correction (version 2)" }).click();
    const dialog = page.getByRole("dialog", { name: "Release a correction (version 2)?" });
    await dialog.getByRole("button", { name: "Release version 2" }).click();
    await page.getByText("Released as version 2").waitFor();

    const versions = page.getByTestId("versions");
    await versions.getByText("Version 2", { exact: true }).waitFor();
    await versions.getByRole("button", { name: /^Version 1/ }).click();
    await versions.getByText("The candidate asked to hear the outcome first.").waitFor();
    const feedback = await (await page.request.get(`/api/interviews/${interviewId}/feedback`)).json();
    expect(feedback.versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    expect(feedback.versions[1].overrideReason).toBe("The candidate asked to hear the outcome first.");
    expect(feedback.versions[0].text.startsWith("## How the session went")).toBe(true);

    await screenshot(page, "feedback-desktop");
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole("heading", { name: "Assess and write feedback", level: 1 }).scrollIntoViewIfNeeded();
    await screenshot(page, "feedback-phone");
    // What a phone shows of each step, one screen at a time.
    for (const step of ["checklist", "scores", "code", "feedback"]) {
      await page.locator(`#${step}`).evaluate((element) => element.scrollIntoView());
      await page.screenshot({ path: shotPath(`feedback-phone-${step}`), animations: "disabled" });
    }
    // The form for a remark stays on screen under the lines chosen, however long the code.
    await page.getByRole("button", { name: "Line 13", exact: true }).click();
    await page.getByRole("region", { name: "New remark on line 13" }).waitFor();
    await page.screenshot({ path: shotPath("feedback-phone-composer"), animations: "disabled" });
    expect(await overflowsHorizontally(page)).toBe(false);
    await page.getByRole("region", { name: "New remark on line 13" }).getByRole("button", { name: "Cancel" }).click();
    expect(await overflowsHorizontally(page)).toBe(false);
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it("gives the candidate a link to copy at each release, lists the links, and revokes one at once", async () => {
    // The release above showed its link once, with what became of the email (no address: copy it).
    const shown = page.getByRole("textbox", { name: "The candidate's link" });
    expect(await shown.inputValue()).toMatch(/\/c\/fb_[0-9a-f]{32}_[A-Za-z0-9_-]{43}$/);
    await page.getByText(/no email address on file/).waitFor();
    const links = page.getByTestId("candidate-links");
    await expect.poll(() => links.getByText("Works", { exact: true }).count()).toBe(2);
    await links
      .getByRole("button", { name: /^Revoke the link/ })
      .first()
      .click();
    await page
      .getByRole("dialog", { name: "Revoke this link?" })
      .getByRole("button", { name: "Revoke the link" })
      .click();
    await links.getByText("Revoked", { exact: true }).waitFor();
    expect(await links.getByText("Works", { exact: true }).count()).toBe(1);
    // The newest link, the one shown, is the one revoked: it now gets the page every unusable link gets.
    const token = (await shown.inputValue()).split("/c/")[1] ?? "";
    const answer = await page.request.post(`/c/${token}`, { form: {}, maxRedirects: 0 });
    expect(answer.status()).toBe(404);
    expect(await answer.text()).toContain("This link does not work");
  });

  it("keeps the saved assessment when the page is opened again", async () => {
    await page.reload();
    await page.getByText("6 of 6 answered").waitFor();
    await page
      .getByTestId("save-assessment")
      .getByText(/^Saved/)
      .waitFor();
    await expect.poll(() => page.getByTestId("annotation").count()).toBe(2);
    expect(await page.getByRole("textbox", { name: "Feedback for the candidate" }).inputValue()).not.toContain(
      outcomeFirst,
    );
  });

  it("shows an admin someone else's interview read-only: nothing to assess before it starts, then release only", async () => {
    // Alan, an interviewer, joins; Ada (an admin) schedules an interview for him.
    const invitation = await page.request.post("/api/invitations", {
      data: { email: "alan@acme.test", role: "interviewer" },
    });
    expect(invitation.status()).toBe(201);
    const alan = await newContext(browser, server.baseUrl);
    const joined = await alan.request.post("/api/invitations/accept", {
      data: { token: (await invitation.json()).token, name: "Alan Turing", password: "correct horse battery" },
    });
    expect(joined.status()).toBe(201);
    const alanId = (await joined.json()).user.id;
    const candidate = await page.request.post("/api/candidates", { data: { name: "Katherine Johnson" } });
    const scheduled = await page.request.post("/api/interviews", {
      data: { candidateId: (await candidate.json()).id, interviewerId: alanId },
    });
    expect(scheduled.status()).toBe(201);
    const otherId = (await scheduled.json()).id;

    await page.goto(`/interviews/${otherId}/feedback`);
    await page.getByText("The interview has not started").waitFor();

    await alan.request.post(`/api/interviews/${otherId}/start`, { data: {} });
    await alan.request.post(`/api/interviews/${otherId}/events`, {
      data: { clientId: randomUUID(), at: 300, kind: "coding_started" },
    });
    await alan.request.post(`/api/interviews/${otherId}/finish`, { data: {} });
    await page.reload();
    await page.getByText("Read-only assessment").waitFor();
    await page.getByText("Alan Turing has not assessed this interview yet").waitFor();
    await page.getByText("Save the assessment first: feedback is released after it.").waitFor();
    expect(await page.getByRole("button", { name: "Release feedback" }).isDisabled()).toBe(true);

    const assessed = await alan.request.put(`/api/interviews/${otherId}/assessment`, {
      data: {
        checklist: [{ itemId: "constraints_asked", answer: "no", comment: "Started coding without a question." }],
        scores: { problemSolving: 2 },
        overall: 2,
        advance: false,
      },
    });
    expect(assessed.status()).toBe(200);
    await alan.close();
    await page.reload();
    await item("constraints_asked").getByText("Started coding without a question.").waitFor();
    expect(await page.getByRole("button", { name: "Save assessment" }).count()).toBe(0);
    // No question, so every checklist item is asked; no code, so nothing to walk through.
    await page.getByText("1 of 7 answered").waitFor();
    await page.getByText(/No code snapshots were saved in this interview, so there is no code/).waitFor();

    await page.getByRole("button", { name: "Write draft from notes" }).click();
    const editor = page.getByRole("textbox", { name: "Feedback for the candidate" });
    await expect.poll(() => editor.inputValue()).toContain("You started coding about 5 minutes in");
    await page.getByRole("button", { name: "Release feedback" }).click();
    await page
      .getByRole("dialog", { name: "Release the feedback?" })
      .getByRole("button", { name: "Release version 1" })
      .click();
    await page.getByText("Released as version 1").waitFor();
  });
});
