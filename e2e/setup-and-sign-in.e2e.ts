import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, newContext, screenshot } from "./support/browser.js";
import { admin, goTo, setUpOrganization, signIn, signOut, waitForHome } from "./support/flows.js";
import { type RunningServer, startServer } from "./support/server.js";

describe("first-run set-up and signing in", () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    page = await (await newContext(browser, server.baseUrl)).newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("sets up the first organisation and its admin, then shows them home", async () => {
    await setUpOrganization(page);
    expect(new URL(page.url()).pathname).toBe("/");
    await page.getByRole("heading", { name: admin.organizationName }).waitFor();
    expect(await page.getByTestId("organization-name").textContent()).toBe(admin.organizationName);
    await page.getByRole("heading", { name: "Getting started" }).waitFor();
    await screenshot(page, "home-admin");
  });

  it("keeps set-up closed once an organisation exists", async () => {
    await page.goto("/setup");
    await waitForHome(page, admin.name);
  });

  it("signs out to the sign-in page, refuses a wrong password, and signs in again", async () => {
    await signOut(page);
    expect(new URL(page.url()).pathname).toBe("/sign-in");

    await signIn(page, admin.email, "not the password");
    const alert = page.getByRole("alert").filter({ hasText: "Could not sign in" });
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/email or password/i);
    await screenshot(page, "sign-in-error");

    await page.getByLabel(/^Password/).fill(admin.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await waitForHome(page, admin.name);
  });

  it("stays on a deep link when the page is reloaded", async () => {
    await goTo(page, "People", "People");
    expect(new URL(page.url()).pathname).toBe("/people");
    await page.reload();
    await page.getByRole("heading", { name: "People", level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/people");
    await page.getByRole("cell", { name: admin.email }).waitFor();
    await screenshot(page, "people-admin");
  });

  it("returns to the page asked for after signing in", async () => {
    await signOut(page);
    await page.goto("/tokens");
    await page.getByRole("heading", { name: "Sign in" }).waitFor();
    await signIn(page, admin.email, admin.password);
    await page.getByRole("heading", { name: "API tokens", level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/tokens");
  });

  it("shows a not-found page for an unknown address", async () => {
    await page.goto("/no-such-page");
    await page.getByRole("heading", { name: "Page not found" }).waitFor();
    await page.getByRole("link", { name: "Back to home" }).click();
    await waitForHome(page, admin.name);
  });
});
