// The interview cockpit, driven the way an interviewer drives it: the question written in the bank, the
// candidate added and the interview scheduled through the forms; then the whole interview from the keyboard,
// corrections with the mouse, the candidate's code pasted, and the timeline and the API read back.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { screenshot } from "./support/browser.js";
import { goTo, overflowsHorizontally } from "./support/flows.js";
import {
  markers,
  openCockpit,
  recordKey,
  scheduleByApi,
  storedEvents,
  threeLayers,
  waitForAllSaved,
} from "./support/interviews.js";
import type { RunningServer } from "./support/server.js";
import { signedInSession } from "./support/session.js";

const code = `def two_sum(numbers, target):
    seen = {}
    for index, value in enumerate(numbers):
        if target - value in seen:
            return seen[target - value], index
        seen[value] = index
    return None
`;

describe("the interview cockpit", () => {
  const session = signedInSession();
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let interviewId = "";

  beforeAll(() => {
    ({ server, browser, context, page } = session);
  });

  it("writes a question with three layers in the bank", async () => {
    await goTo(page, "Questions", "Questions");
    await page.getByText("No questions yet").waitFor();
    await page.getByRole("link", { name: "New question" }).click();
    await page.getByRole("heading", { name: "New question", level: 1 }).waitFor();
    await page.getByLabel(/^Title/).fill("Two sum, then a stream");
    await page
      .getByLabel("Statement")
      .fill("## Two sum\n\nGiven `numbers` and a `target`, find two that add up. <b>No HTML</b>");
    // The preview shows the Markdown formatted, and HTML written into it as text, never as HTML.
    const preview = page.getByRole("region", { name: "Preview" });
    await preview.getByRole("heading", { name: "Two sum" }).waitFor();
    await preview.locator("code", { hasText: "numbers" }).waitFor();
    await preview.getByText("<b>No HTML</b>").waitFor();
    expect(await preview.locator("b").count()).toBe(0);
    for (const [index, layer] of threeLayers.entries()) {
      if (index > 0) await page.getByRole("button", { name: "Add layer" }).click();
      const fieldset = page.getByRole("group", { name: `Layer ${index + 1}` });
      await fieldset.getByLabel(/^Layer title/).fill(layer.title);
      await fieldset.getByLabel(/^Expected minutes/).fill(String(layer.expectedMinutes));
      await fieldset
        .getByLabel(index === 0 ? "The problem as first posed" : "The constraint change that opens it")
        .fill(layer.description);
      await fieldset.getByLabel("Interviewer's guide").fill(layer.guide);
    }
    await screenshot(page, "question-editor-new");
    await page.getByRole("button", { name: "Create question" }).click();
    await page.getByRole("heading", { name: "Two sum, then a stream", level: 1 }).waitFor();
    await page.getByText("Version 1").waitFor();
    await screenshot(page, "question-editor");
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, "question-editor-phone");
    expect(await overflowsHorizontally(page)).toBe(false);
    await page.setViewportSize({ width: 1280, height: 800 });

    await goTo(page, "Questions", "Questions");
    await page
      .getByRole("table", { name: "Questions" })
      .getByRole("link", { name: "Two sum, then a stream" })
      .waitFor();
    await page.getByRole("textbox", { name: "Search" }).fill("nothing like it");
    await page.getByText("No questions match").waitFor();
    await page.getByRole("textbox", { name: "Search" }).fill("");
    // An admin adds a hint topic of the organisation's own.
    await page.getByLabel("New hint topic").fill("Streams");
    await page.getByRole("button", { name: "Add topic" }).click();
    await page.getByRole("list", { name: "Hint topics" }).getByText("Streams").waitFor();
    await screenshot(page, "questions");
  });

  it("adds a candidate and schedules an interview with that question", async () => {
    await goTo(page, "Candidates", "Candidates");
    await page.getByRole("button", { name: "Add candidate" }).click();
    await page.getByRole("dialog").getByLabel(/^Name/).fill("Grace Hopper");
    await page.getByRole("dialog").getByRole("button", { name: "Add candidate" }).click();
    await page.getByRole("heading", { name: "Grace Hopper", level: 1 }).waitFor();

    await page.getByRole("button", { name: "Schedule interview" }).click();
    const dialog = page.getByRole("dialog", { name: "Schedule an interview" });
    await dialog.getByLabel("Question").click();
    await page.getByRole("option", { name: "Two sum, then a stream" }).click();
    // The form proposes the next full hour after an hour from now, which late in the evening is tomorrow:
    // the interview is planned for this minute, so that the list shows it as today's at any hour.
    const thisMinute = await page.evaluate(() => {
      const now = new Date();
      return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
    });
    await dialog.getByLabel("When").fill(thisMinute);
    await dialog.getByRole("button", { name: "Schedule" }).click();
    await page.waitForURL(/\/interviews\/[0-9a-f-]+$/);
    interviewId = new URL(page.url()).pathname.split("/").pop() ?? "";
    await page.getByRole("button", { name: "Start the interview" }).waitFor();

    await goTo(page, "Interviews", "Interviews");
    const row = page.getByRole("table", { name: "Interviews" }).getByRole("row").filter({ hasText: "Grace Hopper" });
    await row.getByText("Today").waitFor();
    await screenshot(page, "interviews");
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, "interviews-phone");
    expect(await overflowsHorizontally(page)).toBe(false);
    await page.setViewportSize({ width: 1280, height: 800 });

    // The candidate's page links the interview.
    await goTo(page, "Candidates", "Candidates");
    await page.getByRole("link", { name: "Grace Hopper" }).click();
    await page.getByRole("table", { name: "Interviews" }).getByRole("link").click();
    await page.waitForURL(`**/interviews/${interviewId}`);
  });

  it("runs the whole interview from the keyboard, layer by layer", async () => {
    await page.getByRole("button", { name: "Start the interview" }).click();
    await page.getByTestId("clock").waitFor();
    await page.getByRole("heading", { name: "Brute force" }).waitFor();
    await page.getByText("Look for questions about duplicates").waitFor();
    const statement = page.getByRole("region", { name: "Statement" });
    await statement.getByRole("heading", { name: "Two sum" }).waitFor();
    await statement.locator("code", { hasText: "target" }).waitFor();
    const legend = page.getByRole("list", { name: "Keys" });
    for (const label of ["Note", "Clarifying question", "Coding started", "Hint", "Layer completed"]) {
      await legend.getByText(label, { exact: true }).waitFor();
    }

    // A note with a few words: the event exists from the key press; Enter saves the text.
    await page.keyboard.press("n");
    const field = page.getByTestId("capture").getByRole("textbox");
    await field.waitFor();
    await field.pressSequentially("asks whether the numbers can repeat");
    // Typing into the field records nothing: "n", "q", "c" … are letters here.
    await expect.poll(() => markers(page).count()).toBe(1);
    await page.keyboard.press("Enter");
    await field.waitFor({ state: "detached" });

    await recordKey(page, "q");
    await recordKey(page, "c");
    // A hint: H, then the topic by its number; Esc cancels a hint not yet given.
    await page.keyboard.press("h");
    await page.getByText(/what about\?/).waitFor();
    await page.keyboard.press("Escape");
    await page.getByText(/what about\?/).waitFor({ state: "detached" });
    expect(await markers(page).count()).toBe(3);
    await page.keyboard.press("h");
    await page.keyboard.press("2");
    await page.keyboard.press("Escape");
    await recordKey(page, "l");
    await recordKey(page, "x");
    await page.getByRole("heading", { name: "Linear time" }).waitFor();
    await recordKey(page, "m");
    await recordKey(page, "w");
    await recordKey(page, "l");
    await recordKey(page, "x");
    await page.getByRole("heading", { name: "A stream" }).waitFor();
    await recordKey(page, "n");
    await recordKey(page, "l");
    // No fourth layer: X says so instead of opening one.
    await page.keyboard.press("x");
    await page.getByText("Layer 3 is the question's last layer").waitFor();
    expect(await markers(page).count()).toBe(12);
    await waitForAllSaved(page);
    await screenshot(page, "cockpit-live");

    // Text added later, a re-stamp, a delete and a restore.
    const list = page.getByTestId("event-list");
    await list.getByRole("button", { name: /^Edit clarifying question at / }).click();
    await list.getByRole("textbox", { name: /text$/ }).fill("how large can the array be?");
    await list.getByRole("textbox", { name: /text$/ }).press("Enter");
    await list.getByText("how large can the array be?").waitFor();

    await list.getByRole("button", { name: /^Re-stamp coding started at / }).click();
    await list.getByRole("textbox", { name: "Time" }).fill("0:00");
    await list.getByRole("textbox", { name: "Time" }).press("Enter");

    await list.getByRole("button", { name: /^Delete mistake at / }).click();
    const deletedRow = list.locator("tr[data-deleted]");
    await deletedRow.getByText("Deleted").waitFor();
    expect(await markers(page).count()).toBe(11);
    await screenshot(page, "cockpit-deleted");
    await deletedRow.getByRole("button", { name: /^Restore mistake/ }).click();
    await deletedRow.waitFor({ state: "detached" });
    expect(await markers(page).count()).toBe(12);

    // The candidate's code, pasted: typing into it records nothing.
    await page.getByLabel("Paste a snapshot").fill(code);
    await page.getByLabel("Paste a snapshot").press("n");
    await page.getByLabel("Paste a snapshot").fill(code);
    await page.getByRole("button", { name: "Save snapshot" }).click();
    await page.getByText("Final solution", { exact: true }).first().waitFor();
    await page
      .getByRole("region", { name: /^Code snapshot at / })
      .locator(".hljs-keyword")
      .first()
      .waitFor();
    expect(await markers(page).count()).toBe(12);
    await waitForAllSaved(page);
    await screenshot(page, "cockpit-live");
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, "cockpit-live-phone");
    expect(await overflowsHorizontally(page)).toBe(false);
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it("finishes; the timeline and the API have every event, in order", async () => {
    await page.getByRole("button", { name: "Finish the interview" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Finish" }).click();
    await page.getByText("Finished", { exact: true }).first().waitFor();
    await page.getByTestId("clock").waitFor({ state: "detached" });

    const timeline = page.getByTestId("interview-timeline");
    expect(await markers(page).count()).toBe(12);
    expect(await timeline.locator("[data-snapshot-id]").count()).toBe(1);
    expect(await timeline.locator("[data-layer-band]").count()).toBe(3);
    // Hover shows an event's text, and so does focus: for a keyboard, and for a marker drawn under another
    // of the same moment (two notes in the first seconds sit on the same spot, the later one on top).
    const notes = timeline.locator('[data-kind="note"]');
    await notes.last().hover();
    await page.getByRole("tooltip").waitFor();
    await notes.first().focus();
    await page
      .getByRole("tooltip")
      .getByText(/asks whether the numbers can repeat/)
      .waitFor();
    await screenshot(page, "cockpit-after");
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, "cockpit-after-phone");
    expect(await overflowsHorizontally(page)).toBe(false);
    await page.setViewportSize({ width: 1280, height: 800 });

    const events = await storedEvents(page, interviewId);
    expect(events).toHaveLength(12);
    expect(new Set(events.map((event) => event.id)).size).toBe(12);
    const sorted = [...events].sort((a, b) => a.at - b.at || a.seq - b.seq);
    expect(events.map((event) => event.id)).toEqual(sorted.map((event) => event.id));
    expect(events.filter((event) => event.kind !== "coding_started").map((event) => event.kind)).toEqual([
      "note",
      "clarifying_question",
      "hint",
      "layer_completed",
      "constraint_change",
      "mistake",
      "praise",
      "layer_completed",
      "constraint_change",
      "note",
      "layer_completed",
    ]);
    const byKind = (kind: string) => events.filter((event) => event.kind === kind);
    expect(byKind("coding_started")[0]?.at).toBe(0);
    expect(byKind("note")[0]?.text).toBe("asks whether the numbers can repeat");
    expect(byKind("clarifying_question")[0]?.text).toBe("how large can the array be?");
    expect(byKind("hint")[0]?.topic).toBe("complexity");
    expect(byKind("layer_completed").map((event) => event.layer)).toEqual([1, 2, 3]);
    expect(byKind("constraint_change").map((event) => event.layer)).toEqual([2, 3]);
    expect(byKind("mistake")[0]?.deleted).toBe(false);
    const snapshots = await (await page.request.get(`/api/interviews/${interviewId}/snapshots`)).json();
    expect(snapshots.snapshots).toHaveLength(1);
    expect(snapshots.snapshots[0]).toMatchObject({ language: "Python", code });
  });

  // The note's text field opens once the key's marker is painted; what is typed before is not lost, nor
  // taken for more keys (useRecordingKeys.ts).
  it("takes keys typed at once after a key press as the note's first words", async () => {
    const { interviewId: quickId } = await scheduleByApi(page, "Edsger Dijkstra");
    await openCockpit(page, quickId);
    await page.keyboard.press("n");
    await page.keyboard.type("no cache");
    const field = page.getByTestId("capture").getByRole("textbox");
    await expect.poll(() => field.inputValue()).toBe("no cache");
    await field.press("Enter");
    await field.waitFor({ state: "detached" });
    await waitForAllSaved(page);
    const events = await storedEvents(page, quickId);
    expect(events.map((event) => [event.kind, event.text])).toEqual([["note", "no cache"]]);
  });

  // Events are stamped with the seconds since the start, which is the server's time: a laptop whose clock is
  // an hour fast must not stamp its first note at 1:00:00 (serverClock.ts).
  it("stamps events by the server's clock when the laptop's clock is an hour fast", async () => {
    const fast = await browser.newContext({ baseURL: server.baseUrl, storageState: await context.storageState() });
    await fast.addInitScript(() => {
      const now = Date.now.bind(Date);
      Date.now = () => now() + 3_600_000;
    });
    const skewed = await fast.newPage();
    const { interviewId: skewedId } = await scheduleByApi(skewed, "Barbara Liskov");
    await openCockpit(skewed, skewedId);
    await recordKey(skewed, "n");
    await waitForAllSaved(skewed);
    const [event] = await storedEvents(skewed, skewedId);
    expect(event?.at).toBeLessThanOrEqual(15);
    expect(await skewed.getByTestId("clock").textContent()).toMatch(/^0:[01]\d$/);
    await fast.close();
  });
});
