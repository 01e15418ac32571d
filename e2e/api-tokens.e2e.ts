import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, newContext, screenshot } from "./support/browser.js";
import { admin, goTo, setUpOrganization } from "./support/flows.js";
import { type RunningServer, startServer } from "./support/server.js";

describe("API tokens", () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    page = await (await newContext(browser, server.baseUrl)).newPage();
    await setUpOrganization(page);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const callMe = (secret: string) =>
    fetch(`${server.baseUrl}/api/me`, { headers: { authorization: `Bearer ${secret}` } });

  it("creates a token whose secret, shown once, opens the API until it is revoked", async () => {
    await goTo(page, "API tokens", "API tokens");
    await page.getByText("No API tokens yet").waitFor();

    await page.getByLabel(/^Token name/).fill("Greenhouse sync");
    await page.getByLabel(/^Token name/).press("Enter");
    const secretField = page.getByLabel(/^API token/);
    await secretField.waitFor();
    const secret = await secretField.inputValue();
    expect(secret.length).toBeGreaterThan(20);
    await page
      .getByRole("link", { name: /API documentation/ })
      .first()
      .waitFor();
    expect(
      await page
        .getByRole("link", { name: /API documentation/ })
        .first()
        .getAttribute("href"),
    ).toBe("/api/docs");
    await screenshot(page, "tokens-created");

    const response = await callMe(secret);
    expect(response.status).toBe(200);
    expect(((await response.json()) as { user: { email: string } }).user.email).toBe(admin.email);

    // The list shows when the token was last used.
    await page.reload();
    const row = page.getByRole("row").filter({ hasText: "Greenhouse sync" });
    await row.filter({ hasText: "Active" }).waitFor();
    expect(await row.textContent()).not.toContain("Never");
    expect(await page.getByLabel(/^API token/).count()).toBe(0);

    await page.getByRole("button", { name: "Revoke the token Greenhouse sync" }).click();
    const dialog = page.getByRole("dialog", { name: "Revoke “Greenhouse sync”?" });
    await dialog.getByRole("button", { name: "Revoke token" }).click();
    await dialog.waitFor({ state: "hidden" });
    await row.filter({ hasText: "Revoked" }).waitFor();

    expect((await callMe(secret)).status).toBe(401);
  });
});
