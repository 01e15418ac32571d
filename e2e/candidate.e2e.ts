// The candidate's side, the way a candidate goes through it: the link from their email, Continue, their
// own view first (by keyboard), the feedback as released with the code and its remarks, the two views side
// by side, a rating and the thanks; a return visit landing where they were; ending the visit; a wrong
// link. Each step is checked with axe under the pages' real content security policy, and on a phone.
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newContext, screenshot } from "./support/browser.js";
import { overflowsHorizontally } from "./support/flows.js";
import { threeLayers } from "./support/interviews.js";
import type { RunningServer } from "./support/server.js";
import { signedInSession } from "./support/session.js";

const code =
  "def merge(intervals):\n    intervals.sort()\n    out = []\n    for s, e in intervals:\n        out.append((s, e))\n    return out\n";
const feedbackText =
  "You asked whether the intervals were sorted **before** writing code, and had a working first version at 19:30.\n\nThe loop on lines 4 and 5 appends every interval without merging overlaps; practise tracing a small example by hand.";

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** What the staff API answers with, as far as these steps read it. */
interface Created {
  id: string;
  share?: { url: string };
}

interface Released {
  interviewId: string;
  link: string;
}

/** Through the staff API: a candidate with an email, an interview run and assessed, its feedback released. */
async function releaseFeedback(
  staff: Page,
  candidate: { name: string; email: string },
  options: { debriefView?: object; text?: string; reason?: string } = {},
): Promise<Released> {
  const ok = async (response: Awaited<ReturnType<Page["request"]["post"]>>, status: number): Promise<Created> => {
    expect(response.status(), await response.text()).toBe(status);
    return (await response.json()) as Created;
  };
  const question = await ok(
    await staff.request.post("/api/questions", {
      data: { title: "Merge intervals", durationMinutes: 45, layers: threeLayers },
    }),
    201,
  );
  const person = await ok(await staff.request.post("/api/candidates", { data: candidate }), 201);
  const interview = await ok(
    await staff.request.post("/api/interviews", {
      data: {
        candidateId: person.id,
        questionId: question.id,
        stage: "practice",
        scheduledAt: new Date().toISOString(),
      },
    }),
    201,
  );
  await ok(await staff.request.post(`/api/interviews/${interview.id}/start`, { data: {} }), 200);
  const snapshot = await ok(
    await staff.request.post(`/api/interviews/${interview.id}/snapshots`, {
      data: { clientId: randomUUID(), at: 1500, language: "python", code },
    }),
    201,
  );
  if (options.debriefView) {
    await ok(
      await staff.request.put(`/api/interviews/${interview.id}/self-assessment`, { data: options.debriefView }),
      200,
    );
  }
  await ok(
    await staff.request.put(`/api/interviews/${interview.id}/assessment`, {
      data: {
        checklist: [],
        scores: { problemSolving: 3, codeQuality: 2, communication: 3 },
        overall: 2,
        advance: false,
        annotations: [
          {
            snapshotId: snapshot.id,
            startLine: 4,
            endLine: 5,
            kind: "went_astray",
            comment: "Overlaps are never merged.",
          },
          {
            snapshotId: snapshot.id,
            startLine: 2,
            endLine: 2,
            kind: "done_well",
            comment: "Sorting first is the key step.",
          },
        ],
        scoreReasons: {
          problemSolving: "You found a working approach for the first layer without a hint.",
          codeQuality: options.reason ?? "The merge step was missing, and names like s and e hid what the loop did.",
          overall: "A good start that stopped short of merging.",
        },
      },
    }),
    200,
  );
  const release = await ok(
    await staff.request.post(`/api/interviews/${interview.id}/feedback/releases`, {
      data: { text: options.text ?? feedbackText },
    }),
    201,
  );
  const shared = release.share?.url ?? "";
  return { interviewId: interview.id, link: await linkFromEmail(staff, candidate.email, shared) };
}

/** The link as the candidate gets it: from the email in the outbox, or from the release's answer without one. */
async function linkFromEmail(staff: Page, to: string, fallback: string): Promise<string> {
  const list = await staff.request.get("/api/email");
  if (list.status() !== 200) return new URL(fallback).pathname;
  const summary = (await list.json()).messages.find((message: { to: string }) => message.to === to);
  expect(summary, `an email to ${to}`).toBeDefined();
  const message = await (await staff.request.get(`/api/email/${summary.id}`)).json();
  const url = /Read it here: (\S+)/.exec(message.text)?.[1];
  expect(url).toBe(fallback);
  return new URL(url ?? fallback).pathname;
}

/** axe-core run inside the page, with no serious or critical findings. Evaluated through the browser's
 * debugging protocol, which the page's content security policy does not govern (an inline script would be). */
async function expectAccessible(page: Page, step: string) {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResults> } })
      .axe;
    const results = await axe.run(document, { resultTypes: ["violations"] });
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      nodes: violation.nodes.slice(0, 5).map((node) => `${node.target.join(" ")}: ${node.failureSummary}`),
    }));
  });
  const serious = violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical");
  expect(serious, `${step}: ${JSON.stringify(serious, null, 2)}`).toEqual([]);
}

interface AxeResults {
  violations: {
    id: string;
    impact: string | null;
    help: string;
    nodes: { target: string[]; failureSummary: string }[];
  }[];
}

/** Tab lands on a radio group's first option; Space takes it, and each → moves one further along. */
async function chooseByKeyboard(group: Locator, value: number) {
  await group.getByRole("radio").first().focus();
  await group.page().keyboard.press("Space");
  for (let step = 1; step < value; step++) await group.page().keyboard.press("ArrowRight");
  expect(
    await group
      .getByRole("radio")
      .nth(value - 1)
      .isChecked(),
  ).toBe(true);
}

/** Opens the link's plain page, continues, and waits for the first step. */
async function continueFromLink(page: Page, link: string) {
  await page.goto(link);
  await page.getByRole("heading", { name: "Your interview feedback" }).waitFor();
  const [answer] = await Promise.all([
    page.waitForResponse((response) => response.request().method() === "POST"),
    page.getByRole("button", { name: "Continue" }).click(),
  ]);
  // The link page sends no referrer, so the browser posts its form with `Origin: null` (and
  // `Sec-Fetch-Site: same-origin`): the server must let its own form through.
  expect(answer.status(), "Continue from the link page was refused").toBe(303);
  await page.waitForURL(/\/candidate\/your-view$/);
}

/** Content security policy refusals and uncaught errors, which the pages must have none of. */
function watchForProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy|Refused to/i.test(message.text())) {
      problems.push(message.text());
    }
  });
  page.on("pageerror", (error) => problems.push(error.message));
  return problems;
}

describe("the candidate's pages", () => {
  const session = signedInSession();
  let server: RunningServer;
  let browser: Browser;
  let staff: Page;
  let context: BrowserContext;
  let page: Page;
  let problems: string[] = [];
  let released: Released;

  beforeAll(async () => {
    ({ server, browser, page: staff } = session);
    const settings = await staff.request.put("/api/feedback/settings", {
      data: { policy: { includeOutcome: true, includeScores: true }, scoreDimensions: [] },
    });
    expect(settings.status(), await settings.text()).toBe(200);
    released = await releaseFeedback(staff, { name: "Cara Candidate", email: "cara@example.test" });
    // A browser of the candidate's own: no staff cookie in it.
    context = await newContext(browser, server.baseUrl);
    page = await context.newPage();
    problems = watchForProblems(page);
  });

  afterAll(async () => {
    await context?.close();
  });

  it("opens from the email's link into the self-assessment, under the pages' own policy", async () => {
    await continueFromLink(page, released.link);
    const response = await page.reload();
    expect(response?.headers()["content-security-policy"]).toContain("script-src 'self'");
    await page.getByRole("heading", { name: "How do you think it went?", level: 1 }).waitFor();
    await page.getByRole("navigation", { name: "Your progress" }).waitFor();
    expect(await page.getByRole("link", { name: /^Your view/ }).getAttribute("aria-current")).toBe("step");
    // Nothing after the self-assessment opens before it.
    expect(await page.getByRole("link", { name: /^Feedback/ }).count()).toBe(0);
    await page.goto("/candidate/side-by-side");
    await page.waitForURL(/\/candidate\/your-view$/);
    await page.getByRole("heading", { name: "How do you think it went?", level: 1 }).waitFor();
    // The service worker is in charge of the page from here on: it must keep none of what the pages read.
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await expectAccessible(page, "self-assessment");
    await screenshot(page, "candidate-self-assessment");
  });

  it("asks for every scale before sending, and shows the server's field errors beside their fields", async () => {
    await page.getByRole("button", { name: "Save and read the feedback" }).click();
    await page.getByText("Choose a score for Problem solving").waitFor();
    await page.getByText("Choose yes or no").waitFor();
    // The keyboard is taken to the first question that needs an answer.
    expect(await page.evaluate(() => document.activeElement?.closest("[data-invalid]")?.textContent)).toContain(
      "Problem solving",
    );
    await expectAccessible(page, "self-assessment with errors");

    await chooseByKeyboard(page.getByRole("radiogroup", { name: "Problem solving" }), 2);
    await chooseByKeyboard(page.getByRole("radiogroup", { name: "Code quality" }), 2);
    await chooseByKeyboard(page.getByRole("radiogroup", { name: "Communication" }), 4);
    await chooseByKeyboard(page.getByRole("radiogroup", { name: "Overall" }), 1);
    await chooseByKeyboard(page.getByRole("radiogroup", { name: "Do you think you passed?" }), 1);
    await page.getByLabel(/^Where did you struggle/).focus();
    await page.keyboard.type("I ran out of time on the merge step.");
    await page.getByLabel(/^How clean and readable was your code/).focus();
    await page.keyboard.type("Better names for the loop variables.");

    // A request that reaches the server without one of the scales: its answer names the field.
    await page.route(
      "**/api/candidate/self-assessment",
      async (route) => {
        const body = route.request().postDataJSON();
        delete body.scores.codeQuality;
        await route.continue({ postData: JSON.stringify(body) });
      },
      { times: 1 },
    );
    await page.getByRole("button", { name: "Save and read the feedback" }).click();
    const codeQuality = page.locator("[data-invalid]").filter({ hasText: "Code quality" });
    await codeQuality.getByText("Expected a score for Code quality").waitFor();
    await page.unrouteAll();
    await screenshot(page, "candidate-self-assessment-error");
  });

  it("opens the feedback as released: the text, the code with its remarks, the scores", async () => {
    await page.getByRole("button", { name: "Save and read the feedback" }).click();
    await page.getByRole("heading", { name: "Your feedback", level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/candidate/feedback");
    const saved = await (await page.request.get("/api/candidate")).json();
    expect(saved.selfAssessment).toMatchObject({
      scores: { problemSolving: 2, codeQuality: 2, communication: 4 },
      overall: 1,
      thinksPassed: true,
      answers: { struggle: "I ran out of time on the merge step.", code: "Better names for the loop variables." },
      source: "candidate",
      locked: true,
    });
    const main = page.getByRole("main");
    await main.getByText(/appends every interval without merging overlaps/).waitFor();
    const codeBlock = main.getByRole("group", { name: /^Your code at 25:00 into the interview, python/ });
    await codeBlock.getByText("Overlaps are never merged.").waitFor();
    await codeBlock.getByText("Sorting first is the key step.").waitFor();
    await codeBlock.getByText("Lines 4–5").waitFor();
    await main.getByText("Code quality:").first().waitFor();
    await main.getByText("You did not advance this time.").waitFor();
    await expectAccessible(page, "feedback");
    await screenshot(page, "candidate-feedback");
  });

  it("prints the feedback and the comparison, without the page's navigation and buttons", async () => {
    await page.getByRole("button", { name: "Print or save as PDF" }).waitFor();
    await page.getByTestId("comparison-summary").waitFor({ state: "attached" });
    await page.emulateMedia({ media: "print" });
    expect(await page.getByTestId("comparison-summary").isVisible()).toBe(true);
    expect(await page.getByRole("button", { name: "Print or save as PDF" }).isVisible()).toBe(false);
    expect(await page.getByRole("button", { name: "End this visit" }).isVisible()).toBe(false);
    expect(await page.getByRole("navigation", { name: "Your progress" }).isVisible()).toBe(false);
    await screenshot(page, "candidate-print");
    await page.emulateMedia({ media: "screen" });
    expect(await page.getByTestId("comparison-summary").isVisible()).toBe(false);
  });

  it("shows the two views side by side, point by point, with the interviewer's reasons", async () => {
    await page.getByRole("link", { name: "Next: your view beside Ada Lovelace's" }).click();
    await page.getByRole("heading", { name: "Your view beside Ada Lovelace's", level: 1 }).waitFor();
    await page
      .getByText(
        "On 2 of 5 points you were harder on yourself than your interviewer — that is common. On 2 you were easier on yourself. You agree on 1.",
      )
      .waitFor();
    const point = (id: string) => page.getByRole("main").getByTestId(`point-${id}`).last();
    await point("problemSolving").getByText("You were harder on yourself than the interviewer").waitFor();
    await point("problemSolving")
      .getByText("You found a working approach for the first layer without a hint.")
      .waitFor();
    expect(await point("problemSolving").getByRole("img").getAttribute("aria-label")).toBe(
      "You: 2 (below the bar); Interviewer: 3 (at the bar)",
    );
    await point("codeQuality").getByText("You agree").waitFor();
    await point("communication").getByText("You were easier on yourself").waitFor();
    await point("passed").getByText("you thought you passed").waitFor();
    await point("passed").getByText("You were easier on yourself").waitFor();
    await expectAccessible(page, "comparison");
    await screenshot(page, "candidate-comparison");
  });

  it("takes a rating by keyboard, then thanks the candidate", async () => {
    await page.getByRole("link", { name: "Next: one last question" }).click();
    const question = page.getByRole("radiogroup", { name: "Would you interview with Ada Lovelace again?" });
    await question.waitFor();
    await expectAccessible(page, "rating");
    await screenshot(page, "candidate-rating");
    await chooseByKeyboard(question, 4);
    await page.getByLabel(/^Anything you would like to tell us/).focus();
    await page.keyboard.type("Clear questions, and time to think.");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: "Thank you, Cara", level: 1 }).waitFor();
    const overview = await (await page.request.get("/api/candidate")).json();
    expect(overview.rating).toEqual({ wouldReturn: 4, comment: "Clear questions, and time to think." });
    await expectAccessible(page, "thanks");
    await screenshot(page, "candidate-thanks");
  });

  it("brings a returning candidate back where they were, and keeps their answers as given", async () => {
    await page.goto("/candidate");
    await page.waitForURL(/\/candidate\/thanks$/);
    await page.getByRole("link", { name: "Your own answers" }).click();
    await page.getByRole("heading", { name: "Your view", level: 1 }).waitFor();
    await page.getByText("I ran out of time on the merge step.").waitFor();
    expect(await page.getByRole("radio").count()).toBe(0);
    await page.getByRole("link", { name: "Back to the feedback" }).click();
    await page.getByRole("heading", { name: "Your feedback", level: 1 }).waitFor();
  });

  it("keeps nothing of the candidate's in the service worker's caches, and breaks no policy", async () => {
    const cached = await page.evaluate(async () => {
      const urls: string[] = [];
      for (const name of await caches.keys()) {
        for (const request of await (await caches.open(name)).keys()) urls.push(new URL(request.url).pathname);
      }
      return { controlled: navigator.serviceWorker.controller !== null, urls };
    });
    expect(cached.controlled).toBe(true);
    expect(cached.urls.filter((url) => url === "/api/candidate" || url.startsWith("/api/candidate/"))).toEqual([]);
    expect(problems).toEqual([]);
  });

  it("ends the visit for a shared computer; coming back then asks for the email's link", async () => {
    await page.getByRole("button", { name: "End this visit" }).click();
    await page.getByRole("heading", { name: "You have ended this visit" }).waitFor();
    expect((await page.request.get("/api/candidate")).status()).toBe(401);
    await page.goto("/candidate");
    await page.getByRole("heading", { name: "This visit has ended — open the link from your email again" }).waitFor();
    await expectAccessible(page, "visit ended");
    await screenshot(page, "candidate-visit-ended");
  });

  it("fits a phone at every step, starting from the answers given at the debrief screen", async () => {
    const settings = await staff.request.put("/api/feedback/settings", {
      data: { policy: { includeOutcome: false, includeScores: false }, scoreDimensions: [] },
    });
    expect(settings.status()).toBe(200);
    const phoneRelease = await releaseFeedback(
      staff,
      { name: "Dev Phone", email: "dev@example.test" },
      {
        debriefView: {
          scores: { problemSolving: 3, codeQuality: 3, communication: 2 },
          overall: 3,
          thinksPassed: true,
          answers: { struggle: "Said at the debrief: the overlap check." },
        },
      },
    );
    const phone = await newContext(browser, server.baseUrl, { width: 390, height: 844 });
    const small = await phone.newPage();
    const fits = async (name: string) => {
      expect(await overflowsHorizontally(small), `${name} overflows`).toBe(false);
      await screenshot(small, name);
    };
    await continueFromLink(small, phoneRelease.link);
    await small
      .getByText("You answered these at the end of your interview; change anything before you read the feedback")
      .waitFor();
    expect(await small.getByRole("radiogroup", { name: "Communication" }).getByRole("radio").nth(1).isChecked()).toBe(
      true,
    );
    expect(await small.getByLabel(/^Where did you struggle/).inputValue()).toBe(
      "Said at the debrief: the overlap check.",
    );
    await fits("candidate-phone-self-assessment");
    await expectAccessible(small, "phone self-assessment");

    await small.getByRole("button", { name: "Read the feedback" }).click();
    await small.getByRole("heading", { name: "Your feedback", level: 1 }).waitFor();
    await small.getByRole("main").getByText("Overlaps are never merged.").waitFor();
    // The text is rendered by a part of the app loaded on demand: wait for it, not its placeholder.
    await small
      .getByRole("main")
      .getByText(/practise tracing a small example/)
      .waitFor();
    // The organisation shares neither scores nor the outcome this time.
    expect(await small.getByText("You did not advance this time.").count()).toBe(0);
    await fits("candidate-phone-feedback");

    await small.getByRole("link", { name: "Next: your view beside Ada Lovelace's" }).click();
    await small.getByRole("heading", { name: "Your view beside Ada Lovelace's", level: 1 }).waitFor();
    await small.getByRole("main").getByTestId("point-problemSolving").getByText("not shared").waitFor();
    await fits("candidate-phone-comparison");
    await expectAccessible(small, "phone comparison");

    await small.getByRole("link", { name: "Next: one last question" }).click();
    await small.getByRole("radiogroup", { name: "Would you interview with Ada Lovelace again?" }).waitFor();
    await fits("candidate-phone-rating");
    await small.getByText("3 probably", { exact: true }).click();
    await small.getByRole("button", { name: "Send my rating" }).click();
    await small.getByRole("heading", { name: "Thank you, Dev", level: 1 }).waitFor();
    await fits("candidate-phone-thanks");
    await phone.close();
  });

  it("renders what people typed inert: markup shows as text, a script link goes nowhere", async () => {
    const hostile =
      'You asked about sorting first. <img src="x" onerror="window.__pwned = 1"> <script>window.__pwned = 2</script>\n\nSee [the notes](javascript:window.__pwned=3) and <a href="javascript:window.__pwned=4">this</a>.';
    const release = await releaseFeedback(
      staff,
      { name: "Ivy Inert", email: "ivy@example.test" },
      {
        text: hostile,
        reason: '<b onmouseover="window.__pwned = 5">Bold?</b> The merge step was missing.',
        debriefView: {
          scores: { problemSolving: 2, codeQuality: 2, communication: 2 },
          overall: 2,
          thinksPassed: false,
        },
      },
    );
    const visitor = await newContext(browser, server.baseUrl);
    const inert = await visitor.newPage();
    await continueFromLink(inert, release.link);
    await inert.getByRole("button", { name: "Read the feedback" }).click();
    const main = inert.getByRole("main");
    await main.getByText(/You asked about sorting first/).waitFor();
    expect(await main.locator("img, script, [onerror], [onmouseover]").count()).toBe(0);
    expect(await main.locator('a[href^="javascript:" i]').count()).toBe(0);
    await main
      .getByText(/<img src="x"/)
      .first()
      .waitFor();
    await inert.getByRole("link", { name: /^Next: your view beside/ }).click();
    await main.getByText(/<b onmouseover=/).waitFor();
    expect(await main.locator("b[onmouseover]").count()).toBe(0);
    expect(await inert.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await visitor.close();
  });

  it("says a wrong link does not work", async () => {
    const stranger = await newContext(browser, server.baseUrl);
    const other = await stranger.newPage();
    await other.goto(`/c/fb_${"0".repeat(32)}_${"A".repeat(43)}`);
    const [answer] = await Promise.all([
      other.waitForResponse((response) => response.request().method() === "POST"),
      other.getByRole("button", { name: "Continue" }).click(),
    ]);
    // Refused for its token (404), not for the form's origin (403), which shows the same page.
    expect(answer.status()).toBe(404);
    await other.getByRole("heading", { name: "This link does not work" }).waitFor();
    expect(new URL(other.url()).pathname).not.toBe("/candidate");
    await stranger.close();
  });
});
