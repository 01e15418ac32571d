// The laptop goes offline in the middle of an interview: 50 notes are recorded, the page is reloaded while
// still offline (the service worker serves the page and the interview as last read), the network comes
// back, and each of the 50 notes is stored exactly once, in order.
import type { BrowserContext, Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { markers, openCockpit, recordKey, scheduleByApi, storedEvents, waitForAllSaved } from "./support/interviews.js";
import { signedInSession } from "./support/session.js";

const keys = ["n", "q", "m", "w", "c"];

describe("offline, across a reload", () => {
  const session = signedInSession();
  let context: BrowserContext;
  let page: Page;
  let interviewId = "";

  beforeAll(async () => {
    ({ context, page } = session);
    ({ interviewId } = await scheduleByApi(page, "Olive Offline"));
    await openCockpit(page, interviewId);
    // The service worker has taken control and cached the page once it answers for it.
    await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, { timeout: 15_000 });
    await page.reload();
    await page.getByTestId("clock").waitFor();
  });

  it("records 50 notes offline, reloads offline, and stores each exactly once, in order, once back online", async () => {
    await context.setOffline(true);
    await page.getByTestId("save-status").getByText("Offline", { exact: true }).waitFor();
    for (let i = 0; i < 50; i++) await recordKey(page, keys[i % keys.length] ?? "n");
    expect(await markers(page).count()).toBe(50);
    const rows = page.getByTestId("event-list").locator("tr[data-event-row]");
    await expect.poll(() => rows.count(), { timeout: 10_000 }).toBe(50);
    const expected = await rows.evaluateAll((all) => all.map((row) => row.getAttribute("data-event-row") ?? ""));

    await page.reload();
    // Still offline: the cockpit comes back from the service worker, with the 50 notes from the outbox.
    await page.getByTestId("clock").waitFor();
    await expect.poll(() => markers(page).count(), { timeout: 10_000 }).toBe(50);
    await page
      .getByTestId("save-status")
      .getByText(/50 notes waiting to save/)
      .waitFor();

    await context.setOffline(false);
    await waitForAllSaved(page);
    const events = await storedEvents(page, interviewId);
    expect(events.map((event) => event.id)).toEqual(expected);
    expect(new Set(events.map((event) => event.id)).size).toBe(50);
  });
});
