// The candidate's side over HTTP: the link (GET shows, POST exchanges), its rules (wrong, expired and
// revoked tokens alike, guessing throttled, another candidate's data out of reach), and the journey in
// its order: self-assessment, feedback as released, the two views side by side, the rating.
import { and, eq } from "drizzle-orm";
import type { LightMyRequestResponse } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { candidateLinks, emailMessages } from "../../data/candidate-schema.js";
import { candidateRatings } from "../../data/schema.js";
import { addPerson, buildTestApp, type SignedUp, signUpOrganization, type TestApp } from "../../test/app.js";
import { RELEASED_CODE, RELEASED_TEXT, releasedInterview } from "../../test/released-interview.js";
import { hashSecret } from "../auth/secrets.js";
import { GUESS_LIMIT } from "./routes.js";

let t: TestApp;
let admin: SignedUp;
let recruiter: SignedUp;
let interviewer: SignedUp;
let ip = 0;
/** Each test its own address, so the guessing throttle of one does not reach another. */
const nextIp = () => `10.0.${Math.floor(++ip / 250)}.${ip % 250}`;

beforeAll(async () => {
  t = await buildTestApp();
  admin = await signUpOrganization(t.app, "Candidate Co");
  recruiter = await addPerson(t.app, admin, "recruiter");
  interviewer = await addPerson(t.app, admin, "interviewer");
});
afterAll(() => t.close());

const released = (options: Parameters<typeof releasedInterview>[2] = {}) =>
  releasedInterview(t.app, { recruiter, interviewer }, options);

function continueWith(token: string, remoteAddress = nextIp(), headers: Record<string, string> = {}) {
  return t.app.inject({
    method: "POST",
    url: `/c/${token}`,
    remoteAddress,
    headers: { "content-type": "application/x-www-form-urlencoded", ...headers },
    payload: "",
  });
}

function candidateCookie(response: LightMyRequestResponse): string {
  const cookie = response.cookies.find((c) => c.name === "debrief_candidate");
  expect(cookie, "the exchange sets the candidate cookie").toBeDefined();
  return `debrief_candidate=${cookie?.value}`;
}

async function signInAsCandidate(token: string): Promise<{ cookie: string }> {
  const response = await continueWith(token);
  expect(response.statusCode, response.body).toBe(303);
  return { cookie: candidateCookie(response) };
}

const asCandidate = (
  who: { cookie: string },
  method: "GET" | "POST" | "PUT" | "DELETE",
  url: string,
  payload?: object,
) => t.app.inject({ method, url, headers: { cookie: who.cookie }, ...(payload ? { payload } : {}) });

const selfView = {
  scores: { problemSolving: 2, codeQuality: 2, communication: 4 },
  overall: 2,
  thinksPassed: false,
  answers: { struggle: "I ran out of time on the merge step.", solution: "" },
};

describe("the link", () => {
  it("is shown once at release, carries 256 random bits, and is kept only as a hash", async () => {
    const run = await released();
    expect(run.url).toMatch(/^http:\/\/localhost:\d+\/c\/fb_[0-9a-f]{32}_[A-Za-z0-9_-]{43}$/);
    const [row] = await t.database.db
      .select()
      .from(candidateLinks)
      .where(eq(candidateLinks.interviewId, run.interviewId));
    expect(row?.tokenHash).toBe(hashSecret(run.token));
    expect(JSON.stringify(row)).not.toContain(run.token.slice(-43));
    const list = await t.app.inject({
      url: `/api/interviews/${run.interviewId}/candidate-links`,
      headers: recruiter.headers,
    });
    expect(list.json().links).toEqual([expect.objectContaining({ status: "active" })]);
    expect(list.body).not.toContain(run.token);
    const days = (new Date(list.json().links[0].expiresAt).getTime() - Date.now()) / 86_400_000;
    expect(Math.round(days)).toBe(90);
  });

  it("opens with GET as a plain page that consumes nothing, the same for any token, and private", async () => {
    const run = await released();
    const right = await t.app.inject({ url: `/c/${run.token}` });
    const wrong = await t.app.inject({ url: `/c/fb_${"0".repeat(32)}_${"A".repeat(43)}` });
    expect(right.statusCode).toBe(200);
    expect(wrong.statusCode).toBe(200);
    expect(wrong.body).toBe(right.body);
    expect(right.body).toContain('<form method="post">');
    expect(right.headers["cache-control"]).toBe("no-store");
    expect(right.headers["referrer-policy"]).toBe("no-referrer");
    expect(right.headers["content-security-policy"]).toMatch(
      /^default-src 'none'; style-src 'sha256-[^']+'; form-action 'self'/,
    );
    const [row] = await t.database.db
      .select()
      .from(candidateLinks)
      .where(eq(candidateLinks.interviewId, run.interviewId));
    expect(row?.lastUsedAt).toBeNull();
    // Opened any number of times, it still works.
    await signInAsCandidate(run.token);
  });

  it("is exchanged by POST for a candidate cookie, and the address it redirects to has no token", async () => {
    const run = await released();
    const response = await continueWith(run.token);
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe("/candidate");
    const cookie = response.cookies.find((c) => c.name === "debrief_candidate");
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Strict", path: "/api/candidate" });
    expect(cookie?.value).not.toContain(run.token);
    expect(response.headers["cache-control"]).toBe("no-store");
    const overview = await asCandidate({ cookie: candidateCookie(response) }, "GET", "/api/candidate");
    expect(overview.statusCode).toBe(200);
    expect(overview.json()).toMatchObject({
      candidate: { name: "Cara Candidate" },
      organization: { name: "Candidate Co" },
    });
    expect(overview.headers["cache-control"]).toBe("no-store");
  });

  it("gives a wrong, an expired and a revoked token the same page and status", async () => {
    const expired = await released();
    await t.database.db
      .update(candidateLinks)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(candidateLinks.interviewId, expired.interviewId));
    const revoked = await released();
    const [link] = (
      await t.app.inject({ url: `/api/interviews/${revoked.interviewId}/candidate-links`, headers: recruiter.headers })
    ).json().links;
    const revoke = await t.app.inject({
      method: "DELETE",
      url: `/api/interviews/${revoked.interviewId}/candidate-links/${link.id}`,
      headers: interviewer.headers,
    });
    expect(revoke.json().status).toBe("revoked");
    const answers = await Promise.all(
      [expired.token, revoked.token, `${revoked.token.slice(0, -4)}AAAA`, "not-a-token", "x".repeat(95)].map((token) =>
        continueWith(token),
      ),
    );
    for (const answer of answers) {
      expect(answer.statusCode).toBe(404);
      expect(answer.body).toBe(answers[0]?.body);
      expect(answer.cookies).toEqual([]);
    }
    expect(answers[0]?.body).toContain("This link does not work");
  });

  it("ends the candidate's session when it is revoked", async () => {
    const run = await released();
    const candidate = await signInAsCandidate(run.token);
    expect((await asCandidate(candidate, "GET", "/api/candidate")).statusCode).toBe(200);
    const [link] = (
      await t.app.inject({ url: `/api/interviews/${run.interviewId}/candidate-links`, headers: admin.headers })
    ).json().links;
    await t.app.inject({
      method: "DELETE",
      url: `/api/interviews/${run.interviewId}/candidate-links/${link.id}`,
      headers: admin.headers,
    });
    expect((await asCandidate(candidate, "GET", "/api/candidate")).statusCode).toBe(401);
  });

  it("throttles guessing from one address, a right token included, and not other addresses", async () => {
    const run = await released();
    const guesser = nextIp();
    for (let i = 0; i < GUESS_LIMIT; i++) {
      expect((await continueWith(`fb_${"1".repeat(32)}_${String(i).padStart(43, "x")}`, guesser)).statusCode).toBe(404);
    }
    const throttled = await continueWith(run.token, guesser);
    expect(throttled.statusCode).toBe(429);
    expect(Number(throttled.headers["retry-after"])).toBeGreaterThan(0);
    expect(throttled.body).toContain("Too many attempts");
    expect(throttled.cookies).toEqual([]);
    expect((await continueWith(run.token)).statusCode).toBe(303);
  });

  it("refuses a form posted from another site, and takes its own page's (posted with Origin: null)", async () => {
    const run = await released();
    const refused: Record<string, string>[] = [
      { origin: "https://evil.example" },
      { origin: "null", "sec-fetch-site": "cross-site" },
      { "sec-fetch-site": "same-site" },
    ];
    for (const headers of refused) {
      const response = await continueWith(run.token, nextIp(), headers);
      expect(response.statusCode, JSON.stringify(headers)).toBe(403);
      expect(response.cookies).toEqual([]);
    }
    const own = await continueWith(run.token, nextIp(), { origin: "null", "sec-fetch-site": "same-origin" });
    expect(own.statusCode).toBe(303);
  });

  it("is issued again on request, with an email, and only for released feedback", async () => {
    const run = await released();
    const again = await t.app.inject({
      method: "POST",
      url: `/api/interviews/${run.interviewId}/candidate-links`,
      headers: recruiter.headers,
      payload: { sendEmail: true },
    });
    expect(again.statusCode, again.body).toBe(201);
    expect(again.json().url).not.toBe(run.url);
    expect(again.json().email).toMatchObject({ status: "outbox" });
    await signInAsCandidate(run.token);
    const unreleased = await t.app.inject({
      method: "POST",
      url: "/api/interviews",
      headers: recruiter.headers,
      payload: { candidateId: run.candidateId, interviewerId: interviewer.userId },
    });
    const refused = await t.app.inject({
      method: "POST",
      url: `/api/interviews/${unreleased.json().id}/candidate-links`,
      headers: recruiter.headers,
      payload: {},
    });
    expect(refused.statusCode).toBe(409);
  });
});

describe("the email", () => {
  it("is written at release, plain and personal, with the link, and kept in the outbox without SMTP", async () => {
    const run = await released({ candidateName: "Dana Developer", email: "dana@example.test" });
    expect(run.release.share).toMatchObject({ email: { to: "dana@example.test", status: "outbox" } });
    const [message] = await t.database.db
      .select()
      .from(emailMessages)
      .where(and(eq(emailMessages.interviewId, run.interviewId), eq(emailMessages.kind, "feedback.released")));
    expect(message?.subject).toBe("Your interview feedback from Candidate Co");
    expect(message?.text).toMatch(/^Hello Dana,\n/);
    expect(message?.text).toContain(run.url);
    expect(message?.text).not.toMatch(/score|advance|passed/i);
  });

  it("is not written for a candidate without an address; the link is still given", async () => {
    const run = await released({ email: null });
    expect(run.release.share).toMatchObject({ email: null, url: expect.stringContaining("/c/fb_") });
  });
});

describe("the candidate's journey", () => {
  it("asks for their own view first, then shows the feedback as released, then both views, then the rating", async () => {
    const run = await released();
    const candidate = await signInAsCandidate(run.token);
    const overview = (await asCandidate(candidate, "GET", "/api/candidate")).json();
    expect(overview).toMatchObject({
      selfAssessment: null,
      feedback: { available: true, opened: false },
      rating: null,
    });
    expect(overview.dimensions.map((d: { id: string }) => d.id)).toEqual([
      "problemSolving",
      "codeQuality",
      "communication",
    ]);
    expect(overview.prompts.map((p: { id: string }) => p.id)).toContain("struggle");

    expect((await asCandidate(candidate, "POST", "/api/candidate/feedback/open")).statusCode).toBe(409);
    expect((await asCandidate(candidate, "GET", "/api/candidate/feedback")).statusCode).toBe(409);
    expect((await asCandidate(candidate, "GET", "/api/candidate/comparison")).statusCode).toBe(409);
    expect((await asCandidate(candidate, "PUT", "/api/candidate/rating", { wouldReturn: 3 })).statusCode).toBe(409);

    const incomplete = await asCandidate(candidate, "PUT", "/api/candidate/self-assessment", {
      ...selfView,
      scores: { problemSolving: 2, teamwork: 3 },
    });
    expect(incomplete.statusCode).toBe(400);
    expect(
      incomplete
        .json()
        .error.fields.map((f: { field: string }) => f.field)
        .sort(),
    ).toEqual(["body.scores.codeQuality", "body.scores.communication", "body.scores.teamwork"]);
    const saved = await asCandidate(candidate, "PUT", "/api/candidate/self-assessment", selfView);
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({
      source: "candidate",
      locked: false,
      answers: { struggle: selfView.answers.struggle },
    });
    expect(saved.json().answers).not.toHaveProperty("solution");

    // Reading is not opening: the answers are still the candidate's to change until they open it.
    expect((await asCandidate(candidate, "GET", "/api/candidate/feedback")).statusCode).toBe(409);
    const feedback = await asCandidate(candidate, "POST", "/api/candidate/feedback/open");
    expect(feedback.statusCode, feedback.body).toBe(200);
    expect((await asCandidate(candidate, "GET", "/api/candidate/feedback")).json()).toEqual(feedback.json());
    expect(feedback.json()).toMatchObject({
      version: 1,
      corrected: false,
      text: RELEASED_TEXT,
      scores: null,
      overall: null,
      outcome: null,
      walkthrough: [
        {
          language: "python",
          code: RELEASED_CODE,
          annotations: [{ startLine: 4, endLine: 5, kind: "went_astray", comment: "Overlaps are never merged." }],
        },
      ],
    });
    const changed = await asCandidate(candidate, "PUT", "/api/candidate/self-assessment", { ...selfView, overall: 4 });
    expect(changed.statusCode).toBe(409);

    const comparison = (await asCandidate(candidate, "GET", "/api/candidate/comparison")).json();
    expect(comparison.points).toEqual([
      expect.objectContaining({
        id: "problemSolving",
        verdict: "harder",
        candidate: 2,
        interviewer: null,
        reason: expect.stringContaining("without a hint"),
      }),
      expect.objectContaining({ id: "codeQuality", verdict: "agree", candidate: 2, interviewer: null }),
      expect.objectContaining({ id: "communication", verdict: "easier", candidate: 4, reason: null }),
      expect.objectContaining({ id: "overall", verdict: "agree" }),
    ]);
    expect(comparison.summary).toEqual({ agree: 2, harder: 1, easier: 1, unanswered: 0 });

    const badRating = await asCandidate(candidate, "PUT", "/api/candidate/rating", { wouldReturn: 5 });
    expect(badRating.statusCode).toBe(400);
    expect(badRating.json().error.fields[0].field).toBe("body.wouldReturn");
    const rating = await asCandidate(candidate, "PUT", "/api/candidate/rating", {
      wouldReturn: 4,
      comment: " Kind and clear. ",
    });
    expect(rating.json()).toEqual({ wouldReturn: 4, comment: "Kind and clear." });
    const [stored] = await t.database.db
      .select()
      .from(candidateRatings)
      .where(eq(candidateRatings.interviewId, run.interviewId));
    expect(stored?.wouldReturn).toBe(4);
    const after = (await asCandidate(candidate, "GET", "/api/candidate")).json();
    expect(after).toMatchObject({
      feedback: { opened: true },
      selfAssessment: { locked: true },
      rating: { wouldReturn: 4 },
    });
  });

  it("shows scores and the outcome only as the policy at release shared them", async () => {
    const settings = (await t.app.inject({ url: "/api/feedback/settings", headers: admin.headers })).json() as object;
    const put = (policy: object) =>
      t.app.inject({
        method: "PUT",
        url: "/api/feedback/settings",
        headers: admin.headers,
        payload: { ...settings, policy },
      });
    expect((await put({ includeOutcome: true, includeScores: true })).statusCode).toBe(200);
    const run = await released({ advance: true });
    expect((await put({ includeOutcome: false, includeScores: false })).statusCode).toBe(200);
    const candidate = await signInAsCandidate(run.token);
    await asCandidate(candidate, "PUT", "/api/candidate/self-assessment", selfView);
    const feedback = (await asCandidate(candidate, "POST", "/api/candidate/feedback/open")).json();
    expect(feedback).toMatchObject({ overall: 3, outcome: "advanced" });
    expect(feedback.scores).toContainEqual({ id: "codeQuality", label: "Code quality", score: 2 });
    const comparison = (await asCandidate(candidate, "GET", "/api/candidate/comparison")).json();
    expect(comparison.points).toContainEqual(expect.objectContaining({ id: "problemSolving", interviewer: 3 }));
    expect(comparison.points).toContainEqual(
      expect.objectContaining({ id: "passed", candidate: false, interviewer: true, verdict: "harder" }),
    );
  });

  it("shows what was released even after the assessment changes", async () => {
    const run = await released();
    await t.app.inject({
      method: "PUT",
      url: `/api/interviews/${run.interviewId}/assessment`,
      headers: interviewer.headers,
      payload: {
        checklist: [],
        scores: { problemSolving: 1, codeQuality: 1, communication: 1 },
        overall: 1,
        advance: false,
        annotations: [],
      },
    });
    const candidate = await signInAsCandidate(run.token);
    await asCandidate(candidate, "PUT", "/api/candidate/self-assessment", selfView);
    const feedback = (await asCandidate(candidate, "POST", "/api/candidate/feedback/open")).json();
    expect(feedback.walkthrough[0].annotations).toHaveLength(1);
    const comparison = (await asCandidate(candidate, "GET", "/api/candidate/comparison")).json();
    expect(comparison.points[0]).toMatchObject({ id: "problemSolving", verdict: "harder" });
  });

  it("sees only their own interview, and nothing of the staff's API", async () => {
    const first = await released({ candidateName: "First Person" });
    const second = await released({ candidateName: "Second Person" });
    const one = await signInAsCandidate(first.token);
    const two = await signInAsCandidate(second.token);
    expect((await asCandidate(one, "GET", "/api/candidate")).json().candidate.name).toBe("First Person");
    expect((await asCandidate(two, "GET", "/api/candidate")).json().candidate.name).toBe("Second Person");
    for (const url of [
      "/api/me",
      `/api/interviews/${first.interviewId}`,
      `/api/interviews/${first.interviewId}/feedback`,
      "/api/candidates",
    ]) {
      expect((await asCandidate(one, "GET", url)).statusCode, url).toBe(401);
    }
    // A staff session is not a candidate session either.
    expect((await t.app.inject({ url: "/api/candidate", headers: admin.headers })).statusCode).toBe(401);
    // Another organisation's staff cannot list or issue this interview's links.
    const outsider = await signUpOrganization(t.app, "Elsewhere");
    const list = await t.app.inject({
      url: `/api/interviews/${first.interviewId}/candidate-links`,
      headers: outsider.headers,
    });
    expect(list.statusCode).toBe(404);
  });

  it("can end the visit; the link still works for another", async () => {
    const run = await released();
    const candidate = await signInAsCandidate(run.token);
    expect((await asCandidate(candidate, "DELETE", "/api/candidate/session")).statusCode).toBe(204);
    expect((await asCandidate(candidate, "GET", "/api/candidate")).statusCode).toBe(401);
    await signInAsCandidate(run.token);
  });
});

describe("the self-assessment at the debrief screen", () => {
  it("is recorded by the interviewer, is what the candidate's link then shows, and stays once the feedback is read", async () => {
    const run = await released();
    const url = `/api/interviews/${run.interviewId}/self-assessment`;
    expect((await t.app.inject({ url, headers: interviewer.headers })).statusCode).toBe(404);
    const byAdmin = await t.app.inject({ method: "PUT", url, headers: admin.headers, payload: selfView });
    expect(byAdmin.statusCode).toBe(403);
    const recorded = await t.app.inject({ method: "PUT", url, headers: interviewer.headers, payload: selfView });
    expect(recorded.statusCode, recorded.body).toBe(200);
    expect(recorded.json().source).toBe("debrief");
    const candidate = await signInAsCandidate(run.token);
    expect((await asCandidate(candidate, "GET", "/api/candidate")).json().selfAssessment).toMatchObject({
      source: "debrief",
      overall: 2,
    });
    expect((await asCandidate(candidate, "POST", "/api/candidate/feedback/open")).statusCode).toBe(200);
    const late = await t.app.inject({ method: "PUT", url, headers: interviewer.headers, payload: selfView });
    expect(late.statusCode).toBe(409);
  });
});
