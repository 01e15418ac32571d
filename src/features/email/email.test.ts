// The admins' outbox API: listing, paging, filtering and reading messages, within one organisation.
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emailMessages } from "../../data/candidate-schema.js";
import { addPerson, buildTestApp, type SignedUp, signUpOrganization, type TestApp } from "../../test/app.js";
import { queueEmail } from "./queue-email.js";

let t: TestApp;
let admin: SignedUp;
let other: SignedUp;
const ids: string[] = [];

beforeAll(async () => {
  t = await buildTestApp();
  admin = await signUpOrganization(t.app);
  other = await signUpOrganization(t.app);
  // Five messages a minute apart, the newest last; the third has been sent.
  const base = Date.parse("2030-01-01T10:00:00.000Z");
  for (let i = 0; i < 5; i++) {
    const queued = await queueEmail(t.database.db, t.config, {
      orgId: admin.orgId,
      kind: "feedback.released",
      to: `cand${i}@example.test`,
      subject: `Your feedback ${i}`,
      text: `Hello ${i},\n\nyour feedback is ready.`,
      ...(i === 0 ? { html: "<p>Hello 0</p>" } : {}),
    });
    await t.database.db
      .update(emailMessages)
      .set({ createdAt: new Date(base + i * 60_000), ...(i === 2 ? { status: "sent", attempts: 1 } : {}) })
      .where(and(eq(emailMessages.orgId, admin.orgId), eq(emailMessages.id, queued.id)));
    ids.push(queued.id);
  }
  await queueEmail(t.database.db, t.config, {
    orgId: other.orgId,
    kind: "feedback.released",
    to: "someone@example.test",
    subject: "Elsewhere",
    text: "Not yours.",
  });
});
afterAll(() => t.close());

const list = (query: string, headers = admin.headers) =>
  t.app.inject({ method: "GET", url: `/api/email${query}`, headers });

describe("the email outbox", () => {
  it("lists the organisation's messages, the newest first, and says where email goes", async () => {
    const response = await list("");
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body.delivery).toBe("outbox");
    expect(body.messages.map((m: { id: string }) => m.id)).toEqual([...ids].reverse());
    expect(body.messages[4]).toEqual({
      id: ids[0],
      kind: "feedback.released",
      to: "cand0@example.test",
      subject: "Your feedback 0",
      status: "outbox",
      attempts: 0,
      lastError: null,
      createdAt: "2030-01-01T10:00:00.000Z",
      sentAt: null,
      interviewId: null,
    });
    expect(body.messages[4]).not.toHaveProperty("text");
  });

  it("says so when email goes out over SMTP", async () => {
    t.config.smtpUrl = "smtp://mail.example.test:587";
    try {
      expect((await list("")).json().delivery).toBe("smtp");
    } finally {
      delete t.config.smtpUrl;
    }
  });

  it("pages with before and limit, and filters by status", async () => {
    const first = (await list("?limit=2")).json().messages;
    expect(first.map((m: { id: string }) => m.id)).toEqual([ids[4], ids[3]]);
    const next = (await list(`?limit=2&before=${encodeURIComponent(first[1].createdAt)}`)).json().messages;
    expect(next.map((m: { id: string }) => m.id)).toEqual([ids[2], ids[1]]);

    const sent = (await list("?status=sent")).json().messages;
    expect(sent.map((m: { id: string }) => m.id)).toEqual([ids[2]]);
  });

  it("names the field of a bad query", async () => {
    const response = await list("?status=lost");
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toContain("status");
    expect((await list("?limit=0")).statusCode).toBe(400);
    expect((await list("?before=yesterday")).statusCode).toBe(400);
  });

  it("shows one message with its text and HTML", async () => {
    const response = await t.app.inject({ method: "GET", url: `/api/email/${ids[0]}`, headers: admin.headers });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({
      id: ids[0],
      subject: "Your feedback 0",
      text: "Hello 0,\n\nyour feedback is ready.",
      html: "<p>Hello 0</p>",
    });
    const plain = await t.app.inject({ method: "GET", url: `/api/email/${ids[1]}`, headers: admin.headers });
    expect(plain.json().html).toBeNull();
  });

  it("treats another organisation's message as one that does not exist", async () => {
    const response = await t.app.inject({ method: "GET", url: `/api/email/${ids[0]}`, headers: other.headers });
    expect(response.statusCode).toBe(404);
    expect((await list("", other.headers)).json().messages.map((m: { subject: string }) => m.subject)).toEqual([
      "Elsewhere",
    ]);
  });

  it("is in the OpenAPI document", async () => {
    const document = (await t.app.inject({ url: "/api/openapi.json" })).json();
    expect(document.paths["/api/email"].get.parameters.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(["status", "before", "limit"]),
    );
    expect(document.paths["/api/email/{id}"].get).toBeDefined();
  });

  it("is for admins only", async () => {
    const recruiter = await addPerson(t.app, admin, "recruiter");
    const interviewer = await addPerson(t.app, admin, "interviewer");
    expect((await list("", recruiter.headers)).statusCode).toBe(403);
    expect((await list("", interviewer.headers)).statusCode).toBe(403);
    const one = await t.app.inject({ method: "GET", url: `/api/email/${ids[0]}`, headers: recruiter.headers });
    expect(one.statusCode).toBe(403);
    expect((await t.app.inject({ method: "GET", url: "/api/email" })).statusCode).toBe(401);
  });
});
