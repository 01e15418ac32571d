// What staff typed is shown as text for staff too: a question's Markdown statement (raw HTML, script links,
// script images), a candidate's name, an interviewer's note. Nothing runs, under the app's real CSP: a
// script image keeps only its alt text.
import type { Locator, Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { goTo } from "./support/flows.js";
import { signedInSession } from "./support/session.js";

const STATEMENT = [
  "# Two sum",
  '<img src="x" onerror="window.__pwned = 1"> <script>window.__pwned = 2</script>',
  "",
  "Read [the notes](javascript:window.__pwned=3) and ![a picture](javascript:window.__pwned=4).",
  "",
  '<a href="javascript:window.__pwned=5">raw link</a> and [a fair link](https://example.test/notes).',
].join("\n");
const NAME = '<img src=x onerror="window.__pwned=6">Mal';
const NOTE = '<b onmouseover="window.__pwned=7">loud</b> note';

/** No script element, no event handler attribute, no javascript: address anywhere in the region. */
async function expectInert(page: Page, region: Locator) {
  const live = await region
    .locator("*")
    .evaluateAll((all) =>
      all.flatMap((element) =>
        element.tagName === "SCRIPT" ||
        [...element.attributes].some(
          (a) =>
            a.name.startsWith("on") || ((a.name === "href" || a.name === "src") && /^\s*javascript:/i.test(a.value)),
        )
          ? [element.outerHTML]
          : [],
      ),
    );
  expect(live).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
}

describe("markup typed by staff", () => {
  const session = signedInSession();
  let page: Page;
  let questionId: string;
  let interviewId: string;

  beforeAll(async () => {
    ({ page } = session);
    const post = async (url: string, data: object = {}) => {
      const response = await page.request.post(url, { data });
      expect(response.status(), `${url}: ${await response.text()}`).toBeLessThan(300);
      return response.json();
    };
    const me = await (await page.request.get("/api/me")).json();
    questionId = (await post("/api/questions", { title: "Two sum", statement: STATEMENT, layers: [{ title: "One" }] }))
      .id;
    const candidateId = (await post("/api/candidates", { name: NAME })).id;
    interviewId = (await post("/api/interviews", { candidateId, questionId, interviewerId: me.user.id })).id;
    await post(`/api/interviews/${interviewId}/start`);
    await post(`/api/interviews/${interviewId}/events`, {
      clientId: crypto.randomUUID(),
      at: 5,
      kind: "note",
      text: NOTE,
    });
  });

  it("shows a Markdown statement's HTML and script links as nothing that runs", async () => {
    await page.goto(`/questions/${questionId}`);
    const preview = page.getByRole("region", { name: "Preview" });
    await preview.getByRole("heading", { name: "Two sum" }).waitFor();
    await preview.getByRole("link", { name: "a fair link" }).waitFor();
    await expectInert(page, preview);
  });

  it("shows a candidate's name and a note as text, in the list and in the interview", async () => {
    await goTo(page, "Candidates", "Candidates");
    await page.getByRole("link", { name: NAME }).waitFor();
    await expectInert(page, page.getByRole("main"));

    await page.goto(`/interviews/${interviewId}`);
    const statement = page.getByRole("region", { name: "Statement" });
    await statement.getByRole("heading", { name: "Two sum" }).waitFor();
    await page.getByText(NOTE).first().waitFor();
    await expectInert(page, page.getByRole("main"));
  });
});
