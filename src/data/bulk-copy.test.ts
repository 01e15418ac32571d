// COPY in and out on both drivers: what goes in comes back the same, however awkward the text.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../test/database.js";
import { bulkCopy, type CopyValue, copyOut, csvField, parseCsv } from "./bulk-copy.js";
import type { Database, Db } from "./database.js";

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
  await database.db.execute(sql`create table copy_check (n integer, t text, b boolean, j jsonb, at timestamptz)`);
});
afterAll(() => database.close());

const awkward = [
  "plain",
  "",
  "comma, inside",
  'a "quoted" word',
  "two\nlines",
  "back\\slash",
  "  padded  ",
  "NULL",
  "ünïcödé ✓",
];

describe("bulkCopy and copyOut", () => {
  it("round-trip text, nulls, booleans, JSON and times exactly", async () => {
    const when = new Date("2025-09-17T15:23:00.123Z");
    const rows: CopyValue[][] = awkward.map((t, n) => [n, t, n % 2 === 0, { n, list: [1, null, "x,y"] }, when]);
    rows.push([99, null, null, null, null]);
    await database.db.transaction(async (tx) => {
      await bulkCopy(tx as unknown as Db, "copy_check", ["n", "t", "b", "j", "at"], rows);
    });
    const csv = await database.db.transaction((tx) =>
      copyOut(tx as unknown as Db, "select n, t, b, j::text, extract(epoch from at) * 1000 from copy_check order by n"),
    );
    const back = parseCsv(csv);
    expect(back).toHaveLength(rows.length);
    awkward.forEach((t, n) => {
      expect(back[n]?.[0]).toBe(String(n));
      expect(back[n]?.[1]).toBe(t);
      expect(back[n]?.[2]).toBe(n % 2 === 0 ? "t" : "f");
      expect(JSON.parse(back[n]?.[3] ?? "null")).toEqual({ n, list: [1, null, "x,y"] });
      expect(Number(back[n]?.[4])).toBe(when.getTime());
    });
    expect(back[awkward.length]).toEqual(["99", null, null, null, null]);
  });

  it("writes nothing when the transaction fails", async () => {
    await expect(
      database.db.transaction(async (tx) => {
        await bulkCopy(tx as unknown as Db, "copy_check", ["n", "t"], [[1000, "kept?"]]);
        throw new Error("abort");
      }),
    ).rejects.toThrow("abort");
    const csv = await database.db.transaction((tx) =>
      copyOut(tx as unknown as Db, "select n from copy_check where n = 1000"),
    );
    expect(csv).toBe("");
  });
});

describe("csvField", () => {
  it("tells an empty string from a null", () => {
    expect(csvField(null)).toBe("");
    expect(csvField("")).toBe('""');
    expect(parseCsv('"",\n')).toEqual([["", null]]);
  });
});
