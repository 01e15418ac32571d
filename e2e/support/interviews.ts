// Steps the interview browser tests share: the question bank, candidates and interviews, and reading back
// what the server stored.
import type { Page } from "playwright-core";
import { expect } from "vitest";

export interface StoredEvent {
  id: string;
  at: number;
  seq: number;
  kind: string;
  text: string | null;
  topic: string | null;
  layer: number | null;
  deleted: boolean;
}

export const threeLayers = [
  {
    title: "Brute force",
    description: "Given an array of integers and a target, return two indices whose values add up to the target.",
    expectedMinutes: 8,
    guide: "Look for questions about duplicates and negative numbers before any code.",
  },
  {
    title: "Linear time",
    description: "Now the array has ten million elements: do it in one pass.",
    expectedMinutes: 18,
    guide: "A hash map of value → index. Hint topic: data structure.",
  },
  {
    title: "A stream",
    description: "The numbers now arrive as a stream and never end: report each pair as it appears.",
    expectedMinutes: 35,
    guide: "Memory grows without bound: ask how they would cap it.",
  },
];

/** Through the API (the page's cookies): a question, a candidate and an interview for the signed-in person. */
export async function scheduleByApi(page: Page, candidateName: string): Promise<{ interviewId: string }> {
  const question = await page.request.post("/api/questions", {
    data: { title: `Two sum (${candidateName})`, durationMinutes: 45, layers: threeLayers },
  });
  expect(question.status()).toBe(201);
  const candidate = await page.request.post("/api/candidates", { data: { name: candidateName } });
  expect(candidate.status()).toBe(201);
  const interview = await page.request.post("/api/interviews", {
    data: {
      candidateId: (await candidate.json()).id,
      questionId: (await question.json()).id,
      stage: "practice",
      scheduledAt: new Date().toISOString(),
    },
  });
  expect(interview.status()).toBe(201);
  return { interviewId: (await interview.json()).id };
}

export async function storedEvents(page: Page, interviewId: string, deleted = false): Promise<StoredEvent[]> {
  const response = await page.request.get(`/api/interviews/${interviewId}/events?deleted=${deleted}`);
  expect(response.status()).toBe(200);
  return (await response.json()).events;
}

/** Opens the cockpit and starts the interview if it has not started. */
export async function openCockpit(page: Page, interviewId: string): Promise<void> {
  await page.goto(`/interviews/${interviewId}`);
  const start = page.getByRole("button", { name: "Start the interview" });
  const clock = page.getByTestId("clock");
  await start.or(clock).first().waitFor();
  if (await start.isVisible()) await start.click();
  await clock.waitFor();
}

/** One key press recording an event, leaving its text empty (Esc). */
export async function recordKey(page: Page, key: string): Promise<void> {
  await page.keyboard.press(key);
  await page.getByTestId("capture").getByRole("textbox").waitFor();
  await page.keyboard.press("Escape");
  await page.getByTestId("capture").getByRole("textbox").waitFor({ state: "detached" });
}

export function markers(page: Page) {
  return page.getByTestId("interview-timeline").locator("[data-event-id]");
}

export async function waitForAllSaved(page: Page, timeout = 30_000): Promise<void> {
  await page.getByTestId("save-status").getByText("All saved").waitFor({ timeout });
}
