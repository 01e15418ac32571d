// The group commit of live notes: a batch that fails is written again note by note, so one bad note
// gets its own error and its neighbours are still stored.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, expect, it } from "vitest";
import { buildTestApp, type SignedUp, signUpOrganization, type TestApp } from "../../test/app.js";
import { recordEventInBatch } from "./event-writer.js";
import { listEvents } from "./events.js";

let t: TestApp;
let admin: SignedUp;
let interviewId: string;

beforeAll(async () => {
  t = await buildTestApp();
  admin = await signUpOrganization(t.app, "Batch Co");
  const candidate = await t.app.inject({
    method: "POST",
    url: "/api/candidates",
    headers: admin.headers,
    payload: { name: "Bo Batch" },
  });
  const interview = await t.app.inject({
    method: "POST",
    url: "/api/interviews",
    headers: admin.headers,
    payload: { candidateId: candidate.json().id },
  });
  interviewId = interview.json().id;
});
afterAll(() => t.close());

it("stores the good notes of a batch that one bad note made fail, and fails only the bad one", async () => {
  const note = (at: number) => ({ clientId: randomUUID(), at, kind: "note" as const, text: `at ${at}` });
  const good = [note(1), note(2), note(3)];
  // An interview that does not exist breaks the batch's foreign key; the route never sends one (it checks
  // the interview first), but an interview can disappear between that check and the write.
  const results = await Promise.allSettled([
    ...good.map((event) => recordEventInBatch(t.database, admin.orgId, interviewId, event)),
    recordEventInBatch(t.database, admin.orgId, randomUUID(), note(4)),
  ]);
  expect(results.map((result) => result.status)).toEqual(["fulfilled", "fulfilled", "fulfilled", "rejected"]);
  const stored = await listEvents(t.database.db, admin.orgId, interviewId, false);
  expect(stored.map((event) => event.id)).toEqual(good.map((event) => event.clientId));
});

it("answers a note that arrives twice in one batch once as new and once as its retry", async () => {
  const event = { clientId: randomUUID(), at: 9, kind: "hint" as const, topic: "approach" };
  const [first, second] = await Promise.all([
    recordEventInBatch(t.database, admin.orgId, interviewId, event),
    recordEventInBatch(t.database, admin.orgId, interviewId, event),
  ]);
  expect([first?.created, second?.created]).toEqual([true, false]);
  expect(second?.event.id).toBe(event.clientId);
});
