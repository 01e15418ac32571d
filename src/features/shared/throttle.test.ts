import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../data/database.js";
import { createTestDatabase } from "../../test/database.js";
import { createThrottle, pruneGuessFailures } from "./throttle.js";

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

const throttle = (scope: string, limit: number, windowMs: number) =>
  createThrottle({ scope, limit, windowMs, db: () => database.db });

describe("the guessing throttle", () => {
  it("refuses a key after the limit within the window, and lets it try again once the window has passed", async () => {
    const t = throttle("window", 3, 1_000);
    for (const at of [0, 100, 200]) {
      expect(await t.retryAfter("a", at)).toBe(0);
      await t.count("a", at);
    }
    expect(await t.retryAfter("a", 300)).toBe(700);
    expect(await t.retryAfter("b", 300)).toBe(0);
    expect(await t.retryAfter("a", 999)).toBe(1);
    expect(await t.retryAfter("a", 1_000)).toBe(0);
    // A failure after the window starts a new one, counted from one.
    await t.count("a", 1_500);
    expect(await t.retryAfter("a", 1_600)).toBe(0);
  });

  it("is one count for every process sharing the database, and per scope", async () => {
    const [first, second] = [throttle("shared", 4, 60_000), throttle("shared", 4, 60_000)];
    const other = throttle("elsewhere", 4, 60_000);
    // Two processes failing at the same moment both count.
    await Promise.all([first.count("10.0.0.1", 0), second.count("10.0.0.1", 0)]);
    await first.count("10.0.0.1", 10);
    expect(await second.retryAfter("10.0.0.1", 20)).toBe(0);
    await second.count("10.0.0.1", 20);
    expect(await first.retryAfter("10.0.0.1", 30)).toBe(59_970);
    expect(await other.retryAfter("10.0.0.1", 30)).toBe(0);
  });

  it("keeps digests, never the address or account, and forgets windows a day old", async () => {
    await throttle("stored", 1, 1_000).count("someone@example.test", Date.now() - 2 * 86_400_000);
    await throttle("stored", 1, 1_000).count("10.1.1.1");
    const { rows } = await database.executeSql("select * from guess_failures where scope = 'stored'");
    expect(JSON.stringify(rows)).not.toMatch(/someone|10\.1\.1\.1/);
    await pruneGuessFailures(database.db);
    const { rows: kept } = await database.executeSql(
      "select count(*)::int as n from guess_failures where scope = 'stored'",
    );
    expect(kept[0]?.n).toBe(1);
  });
});
