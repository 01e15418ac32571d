import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, newContext, screenshot } from "./support/browser.js";
import { admin, overflowsHorizontally, setUpOrganization, signOut } from "./support/flows.js";
import { type RunningServer, startServer } from "./support/server.js";

describe("on a phone", () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    page = await (await newContext(browser, server.baseUrl, { width: 390, height: 844 })).newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("fits set-up, home, the navigation, people and sign-in on the screen", async () => {
    await page.goto("/");
    await page.getByRole("heading", { name: "Set up Debrief" }).waitFor();
    expect(await overflowsHorizontally(page)).toBe(false);
    await screenshot(page, "phone-setup");

    await setUpOrganization(page);
    expect(await overflowsHorizontally(page)).toBe(false);
    await screenshot(page, "phone-home");

    // The navigation sits behind the menu button.
    const peopleLink = page.getByRole("navigation").getByRole("link", { name: "People" });
    const closed = await peopleLink.boundingBox();
    expect((closed?.x ?? 0) + (closed?.width ?? 0)).toBeLessThanOrEqual(0);
    await page.getByRole("button", { name: "Open navigation" }).click();
    await expect.poll(async () => (await peopleLink.boundingBox())?.x ?? -1).toBeGreaterThanOrEqual(0);
    await screenshot(page, "phone-navigation");
    await peopleLink.click();
    await page.getByRole("heading", { name: "People", level: 1 }).waitFor();
    await page.getByRole("cell", { name: admin.email }).waitFor();
    expect(await overflowsHorizontally(page)).toBe(false);
    await screenshot(page, "phone-people");

    await signOut(page);
    expect(await overflowsHorizontally(page)).toBe(false);
    await screenshot(page, "phone-sign-in");
  });
});
