// The analytics loop in a browser: an invalid history file refused line by line, the sample history imported
// through the import page, the analytics report read, a candidate's record extended, and the same pages on a phone.
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, newContext, screenshot } from "./support/browser.js";
import { admin, goTo, overflowsHorizontally, setUpOrganization, signIn, waitForHome } from "./support/flows.js";
import { type RunningServer, startServer } from "./support/server.js";

// shared/ sits beside the checkout, in CI too.
const sampleHistory = path.resolve(import.meta.dirname, "../../shared/data/sample-history.jsonl.gz");

interface ReportShape {
  interviewers: {
    name: string;
    interviews: number;
    calibration: { evidence: number; bias: number | null };
    candidateExperience: { score: number | null };
  }[];
}

/** A file with two bad lines among good ones: an out-of-range score and an interview naming nobody. */
function writeInvalidHistory(): string {
  const lines = [
    { type: "meta", format: "debrief-history", version: 1 },
    { type: "interviewer", id: "i-1", name: "Grace Hopper" },
    { type: "candidate", id: "c-1", name: "Alan Turing" },
    {
      type: "interview",
      id: "iv-1",
      candidateId: "c-1",
      interviewerId: "i-1",
      startedAt: "2025-03-01T10:00:00Z",
      assessment: { scores: { problemSolving: 3 }, overall: 5, advance: true },
    },
    { type: "interview", id: "iv-2", candidateId: "c-1", interviewerId: "nobody", startedAt: "2025-03-02T10:00:00Z" },
  ];
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), "debrief-history-")), "invalid.jsonl");
  writeFileSync(file, `${lines.map((line) => JSON.stringify(line)).join("\n")}\n`);
  return file;
}

async function chooseAndImport(page: Page, file: string): Promise<void> {
  await page.locator('input[type="file"]').setInputFiles(file);
  await page.getByText(path.basename(file)).waitFor();
  await page.getByRole("button", { name: "Import", exact: true }).click();
}

describe("analytics, candidates and history", () => {
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

  it("refuses an invalid file with its problems line by line, and imports nothing", async () => {
    await goTo(page, "Import & export", "Import & export");
    await chooseAndImport(page, writeInvalidHistory());
    const alert = page.getByRole("alert").filter({ hasText: "Nothing was imported" });
    await alert.waitFor();
    const problems = alert.getByRole("listitem");
    expect(await problems.count()).toBeGreaterThanOrEqual(1);
    expect(await problems.first().textContent()).toMatch(/^line \d+ · \S+ · .+/);
    expect(await alert.textContent()).toContain("line 4");
    await screenshot(page, "history-invalid");

    await goTo(page, "Analytics", "Analytics");
    await page.getByRole("heading", { name: "No interviews yet" }).waitFor();
    await screenshot(page, "analytics-empty");
    await page.getByRole("link", { name: "Import interview history" }).click();
    await page.getByRole("heading", { name: "Import & export", level: 1 }).waitFor();
  });

  it("imports the sample history with progress, then shows what it brought in", async () => {
    await chooseAndImport(page, sampleHistory);
    await page.getByRole("progressbar", { name: "Import progress" }).waitFor();
    const summary = page.getByTestId("import-summary");
    await summary.waitFor({ timeout: 90_000 });
    const interviewers = summary.getByRole("row").filter({ hasText: "Interviewers" });
    expect(await interviewers.getByRole("cell").nth(1).textContent()).toBe("200");
    expect(
      await summary.getByRole("row").filter({ hasText: "Interviews" }).getByRole("cell").nth(1).textContent(),
    ).toMatch(/^\d{1,2},\d{3}$/);
    await screenshot(page, "history-imported");
  }, 120_000);

  it("shows the population figures, the interviewers' table and the chart", async () => {
    await page.getByRole("link", { name: "See analytics" }).click();
    await page.getByRole("heading", { name: "Analytics", level: 1 }).waitFor();
    const report = (await (await page.request.get("/api/analytics")).json()) as ReportShape;

    await page
      .getByText(/^\d+% of [\d,]+ candidates with 3\+ self-assessed interviews rate themselves lower/)
      .waitFor();
    expect(await page.getByTestId("close-rate-difference").textContent()).toMatch(
      /Difference [+−]\d+ points \(95% interval/,
    );

    const plotted = report.interviewers.filter(
      (row) => row.calibration.evidence > 0 && row.calibration.bias !== null && row.candidateExperience.score !== null,
    );
    expect(plotted.length).toBeGreaterThan(0);
    const chart = page.getByTestId("calibration-chart");
    await chart.locator("circle[data-interviewer]").first().waitFor();
    expect(await chart.locator("circle[data-interviewer]").count()).toBe(plotted.length);
    expect(await chart.locator("polyline").count()).toBe(1);
    await screenshot(page, "analytics");

    const table = page.getByRole("table", { name: "Interviewers", exact: true });
    const firstName = () => table.getByRole("row").nth(1).locator("td").first().textContent();
    await table.getByRole("button", { name: "Interviews" }).click();
    expect(await table.getByRole("columnheader", { name: "Interviews" }).getAttribute("aria-sort")).toBe("descending");
    const most = Math.max(...report.interviewers.map((row) => row.interviews));
    expect(await table.getByRole("row").nth(1).locator("td").nth(1).textContent()).toBe(most.toLocaleString("en-GB"));
    await table.getByRole("button", { name: "Interviews" }).click();
    expect(await table.getByRole("columnheader", { name: "Interviews" }).getAttribute("aria-sort")).toBe("ascending");

    await page.getByRole("combobox", { name: "Calibration" }).click();
    await page.getByRole("option", { name: "Too lenient" }).click();
    const lenient = report.interviewers.filter(
      (row) => (row as { calibration: { label?: string } }).calibration.label === "too_lenient",
    );
    await page.getByText(`${lenient.length} of ${report.interviewers.length} interviewers`).waitFor();
    const badges = await table.getByRole("row").locator("td:nth-child(4)").allTextContents();
    expect(badges.every((text) => text.startsWith("Too lenient"))).toBe(true);
    await page.getByRole("combobox", { name: "Calibration" }).click();
    await page.getByRole("option", { name: "All labels" }).click();

    const someone = report.interviewers[0]?.name ?? "";
    await page.getByRole("textbox", { name: "Search by name" }).fill(someone);
    expect(await table.getByRole("row").filter({ hasText: someone }).count()).toBeGreaterThanOrEqual(1);
    expect(await firstName()).toContain(someone);
    await page.getByRole("textbox", { name: "Search by name" }).fill("nobody by this name");
    await page.getByText("No interviewers match").waitFor();
    await page.getByRole("textbox", { name: "Search by name" }).fill("");
  });

  it("opens a candidate from the list, shows their interviews, and records an outcome and an offer", async () => {
    await goTo(page, "Candidates", "Candidates");
    const firstLink = page.getByRole("table", { name: "Candidates" }).getByRole("link").first();
    const name = (await firstLink.textContent()) ?? "";
    await page.getByRole("textbox", { name: "Search" }).fill(name);
    await page.getByRole("table", { name: "Candidates" }).getByRole("link", { name, exact: true }).click();
    await page.getByRole("heading", { name, level: 1 }).waitFor();
    await page.getByTestId("interview-chart").locator("circle").first().waitFor();
    expect(await page.getByRole("table", { name: "Interviews" }).getByRole("row").count()).toBeGreaterThan(1);

    const outcomes = page.getByRole("form", { name: "Record an outcome" });
    await outcomes.getByRole("textbox", { name: "Date" }).fill("2027-01-15");
    await outcomes.getByText("Not passed").click();
    await outcomes.getByLabel("Company").fill("Globex");
    await outcomes.getByLabel("Stage").fill("Onsite");
    await outcomes.getByRole("button", { name: "Record outcome" }).click();
    const outcomeRow = page
      .getByRole("table", { name: "Later outcomes" })
      .getByRole("row")
      .filter({ hasText: "Globex · Onsite" });
    await outcomeRow.filter({ hasText: "Not passed" }).waitFor();

    const offers = page.getByRole("form", { name: "Record an offer" });
    await offers.getByRole("textbox", { name: "Date" }).fill("2027-02-01");
    await offers.getByText("Declined").click();
    await offers.getByRole("button", { name: "Record offer" }).click();
    await page
      .getByRole("table", { name: "Offers" })
      .getByRole("row")
      .filter({ hasText: "Declined" })
      .filter({ hasText: "Given" })
      .first()
      .waitFor();
    await screenshot(page, "candidate");

    await outcomeRow.getByRole("button", { name: /^Delete the outcome of/ }).click();
    const dialog = page.getByRole("dialog", { name: /^Delete the outcome of/ });
    await dialog.getByRole("button", { name: "Delete" }).click();
    await dialog.waitFor({ state: "hidden" });
    await outcomeRow.waitFor({ state: "detached" });
  });

  it("shows the admin with no interviews of their own a clear state on My calibration", async () => {
    await goTo(page, "My calibration", "My calibration");
    await page.getByRole("heading", { name: "You have no interviews yet" }).waitFor();
    await screenshot(page, "my-calibration-none");
  });

  it("fits analytics, a candidate and the import page on a phone", async () => {
    const phone = await (await newContext(browser, server.baseUrl, { width: 390, height: 844 })).newPage();
    await phone.goto("/sign-in");
    await signIn(phone, admin.email, admin.password);
    await waitForHome(phone, admin.name);

    await phone.goto("/analytics");
    await phone.getByTestId("calibration-chart").locator("circle[data-interviewer]").first().waitFor();
    expect(await overflowsHorizontally(phone)).toBe(false);
    await screenshot(phone, "phone-analytics");

    await phone.goto("/candidates");
    await phone.getByRole("table", { name: "Candidates" }).getByRole("link").first().click();
    await phone.getByTestId("interview-chart").locator("circle").first().waitFor();
    expect(await overflowsHorizontally(phone)).toBe(false);
    await screenshot(phone, "phone-candidate");

    await phone.goto("/history");
    await phone.getByRole("heading", { name: "Import & export", level: 1 }).waitFor();
    expect(await overflowsHorizontally(phone)).toBe(false);
    await screenshot(phone, "phone-history");
  });
});
