// POST /api/feedback/lint through the real app: who may call it, what it validates, what it answers.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lintFeedback } from "../../domain/feedback/lint/index.js";
import { addPerson, buildTestApp, type SignedUp, signUpOrganization, type TestApp } from "../../test/app.js";

let t: TestApp;
let admin: SignedUp;
let interviewer: SignedUp;
beforeAll(async () => {
  t = await buildTestApp();
  admin = await signUpOrganization(t.app, "Lint Co");
  interviewer = await addPerson(t.app, admin, "interviewer");
});
afterAll(() => t.close());

const lint = (payload: unknown, headers: Record<string, string> = interviewer.headers) =>
  t.app.inject({ method: "POST", url: "/api/feedback/lint", headers, payload: payload as object });

describe("POST /api/feedback/lint", () => {
  it("answers the linter's findings for the text, with offsets into it", async () => {
    const text = "Unfortunately we won't be moving forward.\n\nHe has a strong accent. You were lazy. Good job.";
    const response = await lint({ text });
    expect(response.statusCode, response.body).toBe(200);
    const { findings } = response.json();
    expect(findings).toEqual(lintFeedback(text));
    expect(
      findings.map((f: { rule: string; start: number; end: number }) => [f.rule, text.slice(f.start, f.end)]),
    ).toEqual([
      ["outcome-first", "Unfortunately we won't be moving forward"],
      ["protected-characteristic", "accent"],
      ["personal-judgement", "lazy"],
      ["vague", "Good job"],
    ]);
    expect(findings[0]).toMatchObject({
      severity: "error",
      message: expect.any(String),
      suggestion: expect.any(String),
    });
  });

  it("answers no findings for specific feedback, and for empty text", async () => {
    for (const text of ["You asked whether the intervals were sorted within the first minute.", ""]) {
      const response = await lint({ text });
      expect(response.statusCode, response.body).toBe(200);
      expect(response.json()).toEqual({ findings: [] });
    }
  });

  it("is open to every role, and to API tokens", async () => {
    const recruiter = await addPerson(t.app, admin, "recruiter");
    for (const person of [admin, recruiter])
      expect((await lint({ text: "Good job." }, person.headers)).statusCode).toBe(200);
    const token = await t.app.inject({
      method: "POST",
      url: "/api/tokens",
      headers: interviewer.headers,
      payload: { name: "editor plugin" },
    });
    expect(token.statusCode, token.body).toBe(201);
    const viaToken = await lint({ text: "Good job." }, { authorization: `Bearer ${token.json().token}` });
    expect(viaToken.statusCode, viaToken.body).toBe(200);
  });

  it("asks who is calling", async () => {
    const response = await lint({ text: "Good job." }, {});
    expect(response.statusCode).toBe(401);
    expect(response.json().error.code).toBe("unauthenticated");
  });

  it("names a missing, mistyped or oversized text", async () => {
    const cases: [unknown, string][] = [
      [{}, "body.text"],
      [{ text: 42 }, "body.text"],
      [{ text: "x".repeat(100_001) }, "body.text: expected at most 100000 characters"],
    ];
    for (const [payload, expected] of cases) {
      const response = await lint(payload);
      expect(response.statusCode, response.body).toBe(400);
      expect(response.json().error.message).toContain(expected);
    }
  });

  it("lints the largest text it accepts", async () => {
    const text = "She is young. ".repeat(7142);
    const response = await lint({ text });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().findings).toHaveLength(7142);
  });

  it("is in the OpenAPI document, under feedback", async () => {
    const document = (await t.app.inject({ url: "/api/openapi.json" })).json();
    const operation = document.paths["/api/feedback/lint"].post;
    expect(operation.tags).toEqual(["feedback"]);
    expect(Object.keys(operation.responses)).toEqual(expect.arrayContaining(["200", "400", "401"]));
    expect(document.components.schemas.LintFinding.properties.rule.enum).toEqual([
      "outcome-first",
      "protected-characteristic",
      "personal-judgement",
      "vague",
    ]);
  });
});
