// Data rights in a browser: an admin places a legal hold and sees an erasure refused with its reason, lifts
// it, erases a candidate by typing their name, and sets the retention period; the audit log says all of it.
// The candidates list downloads as CSV with formulas neutralised.
import { readFile } from "node:fs/promises";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { screenshot } from "./support/browser.js";
import { goTo, overflowsHorizontally } from "./support/flows.js";
import { signedInSession } from "./support/session.js";

describe("data rights", () => {
  const session = signedInSession();
  let page: Page;
  let candidateId: string;

  beforeAll(async () => {
    ({ page } = session);
    const added = await page.request.post("/api/candidates", {
      data: { name: "Rhea Request", email: "rhea@example.test", externalId: "ats-77" },
    });
    expect(added.status(), await added.text()).toBe(201);
    candidateId = (await added.json()).id;
  });

  it("refuses an erasure under a legal hold, with its reason, and erases once it is lifted", async () => {
    await goTo(page, "Data and privacy", "Data and privacy");
    await page.getByLabel("Why the hold is placed").fill("Tribunal claim 2026-17");
    await page.getByRole("button", { name: "Place a legal hold" }).click();
    await page.getByText("A legal hold is in place").waitFor();
    await screenshot(page, "data-policy-held");

    await page.goto(`/candidates/${candidateId}`);
    await page.getByRole("heading", { name: "Rhea Request" }).waitFor();
    await page.getByRole("button", { name: "Erase their personal data" }).click();
    const dialog = page.getByRole("dialog", { name: "Erase Rhea Request?" });
    const confirm = dialog.getByRole("button", { name: "Erase for good" });
    expect(await confirm.isDisabled()).toBe(true);
    await dialog.getByLabel("Type their name to confirm").fill("Rhea Request");
    await confirm.click();
    await dialog.getByText(/legal hold.*Tribunal claim 2026-17/).waitFor();
    await dialog.getByRole("button", { name: "Cancel" }).click();

    await goTo(page, "Data and privacy", "Data and privacy");
    await page.getByRole("button", { name: "Lift the hold" }).click();
    await page
      .getByRole("dialog", { name: "Lift the legal hold?" })
      .getByRole("button", { name: "Lift the hold" })
      .click();
    await page.getByRole("button", { name: "Place a legal hold" }).waitFor();

    await page.goto(`/candidates/${candidateId}`);
    await page.getByRole("button", { name: "Erase their personal data" }).click();
    // By keyboard this time: the name typed, then Enter submits.
    await page.getByLabel("Type their name to confirm").fill("Rhea Request");
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: "Erased candidate" }).waitFor();
    await page.getByText("Personal data erased").waitFor();
    expect(await page.getByText("rhea@example.test").count()).toBe(0);
    expect(await page.getByText("ats-77").count()).toBe(0);
    expect(await page.getByRole("button", { name: "Erase their personal data" }).count()).toBe(0);
    await screenshot(page, "candidate-erased");

    await goTo(page, "Audit log", "Audit log");
    const log = page.getByRole("table", { name: "Audit log" });
    for (const label of ["Legal hold placed", "Erasure refused", "Legal hold lifted", "Candidate erased"]) {
      await log.getByText(label, { exact: true }).first().waitFor();
    }
  });

  it("downloads the candidates as CSV, a name that looks like a formula written as text", async () => {
    const added = await page.request.post("/api/candidates", { data: { name: "=1+1" } });
    expect(added.status()).toBe(201);
    await goTo(page, "Candidates", "Candidates");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Download CSV" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^debrief-candidates-.*\.csv$/);
    const text = await readFile(await download.path(), "utf8");
    expect(text.split("\r\n")).toContain("'=1+1,,,0,,");
  });

  it("sets the retention period, names a bad one, and fits a phone", async () => {
    await goTo(page, "Data and privacy", "Data and privacy");
    await page.getByRole("switch", { name: "Erase candidates after a period" }).check();
    const months = page.getByLabel("Months after their last activity");
    await months.fill("0");
    await page.getByRole("button", { name: "Save retention" }).click();
    await page.getByText(/whole number of months from 1 to 240/).waitFor();
    await months.fill("18");
    await page.getByRole("button", { name: "Save retention" }).click();
    await page.getByText("The retention period is saved.").waitFor();
    const saved = await (await page.request.get("/api/data-policy")).json();
    expect(saved.retentionMonths).toBe(18);

    await page.setViewportSize({ width: 390, height: 844 });
    expect(await overflowsHorizontally(page)).toBe(false);
    await screenshot(page, "data-policy-phone");
    await page.setViewportSize({ width: 1280, height: 800 });
  });
});
