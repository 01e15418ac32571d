// Paging the audit log and the email outbox: entries written within one millisecond (the database keeps
// microseconds, clients see milliseconds) are each shown once across page boundaries.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type SignedUp, signUpOrganization, type TestApp } from "../../test/app.js";

let t: TestApp;
let admin: SignedUp;

beforeAll(async () => {
  t = await buildTestApp();
  admin = await signUpOrganization(t.app, "Paging Co");
});
afterAll(() => t.close());

const sameMillisecond = (i: number) => `2026-01-01T10:00:00.123${String(i + 1).padStart(3, "0")}Z`;

async function everyPage(list: string, items: string, params: string) {
  // Up to 10 pages of 2: enough for the entries these tests write and the few the sign-up made.
  const seen: string[] = [];
  let cursor = "";
  for (let page = 0; page < 10; page++) {
    const response = await t.app.inject({ url: `${list}?limit=2${params}${cursor}`, headers: admin.headers });
    expect(response.statusCode, response.body).toBe(200);
    const rows = response.json()[items] as { id: string; at?: string; createdAt?: string }[];
    seen.push(...rows.map((row) => row.id));
    const last = rows.at(-1);
    if (rows.length < 2 || !last) break;
    cursor = `&before=${encodeURIComponent(last.at ?? last.createdAt ?? "")}&beforeId=${last.id}`;
  }
  return seen;
}

describe("paging newest first", () => {
  it("shows every audit entry of one millisecond once", async () => {
    const ids: string[] = Array.from({ length: 5 }, () => randomUUID());
    for (const [i, id] of ids.entries()) {
      await t.database.executeSql(
        "insert into audit_log (org_id, id, at, action) values ($1, $2, $3::timestamptz, 'feedback.settings_changed')",
        [admin.orgId, id, sameMillisecond(i)],
      );
    }
    const seen = await everyPage("/api/audit-log", "entries", "");
    expect(new Set(seen).size, "nothing shown twice").toBe(seen.length);
    expect(seen.filter((id) => ids.includes(id)).sort()).toEqual([...ids].sort());
  });

  it("shows every message of one millisecond once", async () => {
    const ids: string[] = Array.from({ length: 5 }, () => randomUUID());
    for (const [i, id] of ids.entries()) {
      await t.database.executeSql(
        `insert into email_messages (org_id, id, kind, to_address, subject, text, status, created_at)
         values ($1, $2, 'test', 'a@example.test', 'Hello', 'Text', 'outbox', $3::timestamptz)`,
        [admin.orgId, id, sameMillisecond(i)],
      );
    }
    const seen = await everyPage("/api/email", "messages", "");
    expect(new Set(seen).size, "nothing shown twice").toBe(seen.length);
    expect(seen.filter((id) => ids.includes(id)).sort()).toEqual([...ids].sort());
  });
});
