import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, newContext, screenshot } from "./support/browser.js";
import { admin, goTo, setUpOrganization, waitForHome } from "./support/flows.js";
import { type RunningServer, startServer } from "./support/server.js";

const interviewer = { name: "Ivan Petrov", email: "ivan@acme.test", password: "a long enough secret" };

describe("inviting people", () => {
  let server: RunningServer;
  let browser: Browser;
  let adminPage: Page;
  let interviewerPage: Page;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    adminPage = await (await newContext(browser, server.baseUrl)).newPage();
    await setUpOrganization(adminPage);
    await goTo(adminPage, "People", "People");
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function invite(email: string): Promise<string> {
    await adminPage.getByLabel(/^Email/).fill(email);
    await adminPage.getByRole("button", { name: "Create invitation" }).click();
    const link = adminPage.getByLabel(/^Invitation link/);
    await link.waitFor();
    return link.inputValue();
  }

  it("lets an invited interviewer join from the link, signed in, without the People page", async () => {
    const url = await invite(interviewer.email);
    expect(url).toMatch(new RegExp(`^${server.baseUrl}/invitation#.+`));
    await adminPage.getByRole("cell", { name: interviewer.email, exact: true }).waitFor();
    await screenshot(adminPage, "people-invited");

    interviewerPage = await (await newContext(browser, server.baseUrl)).newPage();
    await interviewerPage.goto(url);
    await interviewerPage.getByRole("heading", { name: `Join ${admin.organizationName}` }).waitFor();
    // The secret leaves the address bar as soon as it has been read.
    expect(interviewerPage.url()).toBe(`${server.baseUrl}/invitation`);
    expect(await interviewerPage.getByLabel(/^Email/).inputValue()).toBe(interviewer.email);
    await screenshot(interviewerPage, "accept-invitation");

    await interviewerPage.getByLabel(/^Your name/).fill(interviewer.name);
    await interviewerPage.getByLabel(/^Choose a password/).fill(interviewer.password);
    await interviewerPage.getByRole("button", { name: `Join ${admin.organizationName}` }).click();
    await waitForHome(interviewerPage, interviewer.name);

    await interviewerPage.getByRole("button", { name: `Account: ${interviewer.name}` }).waitFor();
    expect(await interviewerPage.getByText("Interviewer", { exact: true }).first().isVisible()).toBe(true);
    const nav = interviewerPage.getByRole("navigation");
    await nav.getByRole("link", { name: "API tokens" }).waitFor();
    expect(await nav.getByRole("link", { name: "People" }).count()).toBe(0);
    await interviewerPage.goto("/people");
    await interviewerPage.getByRole("heading", { name: "Page not found" }).waitFor();
    await interviewerPage.getByRole("link", { name: "Back to home" }).click();
    await waitForHome(interviewerPage, interviewer.name);
  });

  it("shows the invitation as accepted and the interviewer in the team", async () => {
    await adminPage.reload();
    const row = adminPage.getByRole("row").filter({ hasText: interviewer.email });
    await row.filter({ hasText: "Accepted" }).waitFor();
    await adminPage.getByRole("row").filter({ hasText: interviewer.name }).filter({ hasText: "Active" }).waitFor();
  });

  it("ends the session of a person the admin deactivates", async () => {
    await adminPage.getByRole("button", { name: `Deactivate ${interviewer.name}` }).click();
    const dialog = adminPage.getByRole("dialog", { name: `Deactivate ${interviewer.name}?` });
    await dialog.waitFor();
    await screenshot(adminPage, "people-deactivate-confirm");
    await dialog.getByRole("button", { name: "Deactivate" }).click();
    await dialog.waitFor({ state: "hidden" });
    await adminPage.getByRole("row").filter({ hasText: interviewer.name }).filter({ hasText: "Deactivated" }).waitFor();

    await interviewerPage.getByRole("navigation").getByRole("link", { name: "API tokens" }).click();
    await interviewerPage.getByRole("heading", { name: "Sign in" }).waitFor();
    expect(new URL(interviewerPage.url()).pathname).toBe("/sign-in");
  });

  it("refuses to leave the organisation without an admin, with the server's reason", async () => {
    await adminPage.getByRole("combobox", { name: `Role of ${admin.name}` }).click();
    await adminPage.getByRole("option", { name: "Recruiter" }).click();
    const alert = adminPage.getByRole("alert").filter({ hasText: "The change was not made" });
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/admin/i);
    expect(await adminPage.getByRole("combobox", { name: `Role of ${admin.name}` }).inputValue()).toBe("Admin");
  });

  it("shows a revoked invitation's link as no longer valid", async () => {
    const url = await invite("revoked@acme.test");
    await adminPage.getByRole("button", { name: "Revoke the invitation for revoked@acme.test" }).click();
    const dialog = adminPage.getByRole("dialog", { name: "Revoke this invitation?" });
    await dialog.getByRole("button", { name: "Revoke invitation" }).click();
    await dialog.waitFor({ state: "hidden" });
    await adminPage.getByRole("row").filter({ hasText: "revoked@acme.test" }).filter({ hasText: "Revoked" }).waitFor();

    const visitor = await (await newContext(browser, server.baseUrl)).newPage();
    await visitor.goto(url);
    await visitor.getByRole("heading", { name: "This link is no longer valid" }).waitFor();
    expect(await visitor.getByRole("button", { name: /^Join/ }).count()).toBe(0);
    await screenshot(visitor, "invitation-invalid");
  });
});
