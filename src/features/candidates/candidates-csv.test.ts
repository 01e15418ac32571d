// The candidates list and the interviewers' table as CSV: what people typed never runs as a formula when
// the file is opened in a spreadsheet, and the files are for those who may see the lists.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addPerson, buildTestApp, type SignedUp, signUpOrganization, type TestApp } from "../../test/app.js";
import { smallHistory, toJsonl } from "../../test/history-file.js";

let t: TestApp;
let admin: SignedUp;

beforeAll(async () => {
  t = await buildTestApp();
  admin = await signUpOrganization(t.app, "CSV Co");
});
afterAll(() => t.close());

/** RFC 4180 fields of each line, quotes undone. */
function parse(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i];
    if (quoted && c === '"' && csv[i + 1] === '"') {
      field += '"';
      i++;
    } else if (quoted && c === '"') {
      quoted = false;
    } else if (quoted) {
      field += c;
    } else if (c === '"') {
      quoted = true;
    } else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\r" && csv[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else {
      field += c;
    }
  }
  return rows;
}

describe("CSV exports", () => {
  it("lists the candidates with every formula neutralised, and honours the search", async () => {
    for (const body of [
      { name: '=HYPERLINK("http://evil.test","Open")', email: "eve@example.test" },
      { name: "Plain, Person", externalId: "@ats-1" },
      { name: "Zoë Ødegaard" },
    ]) {
      expect(
        (await t.app.inject({ method: "POST", url: "/api/candidates", headers: admin.headers, payload: body }))
          .statusCode,
      ).toBe(201);
    }
    const response = await t.app.inject({ url: "/api/candidates/export.csv", headers: admin.headers });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe("text/csv; charset=utf-8");
    expect(response.headers["content-disposition"]).toMatch(
      /^attachment; filename="debrief-candidates-\d{4}-\d\d-\d\d\.csv"$/,
    );
    expect(response.body.startsWith("\uFEFF")).toBe(true);
    const [header, ...rows] = parse(response.body.slice(1));
    expect(header).toEqual(["name", "email", "external id", "interviews", "last interview", "erased"]);
    const names = rows.map((row) => row[0]);
    expect(names).toEqual(
      expect.arrayContaining(['\'=HYPERLINK("http://evil.test","Open")', "Plain, Person", "Zoë Ødegaard"]),
    );
    expect(rows.find((row) => row[0] === "Plain, Person")?.[2]).toBe("'@ats-1");
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@]/);

    const searched = await t.app.inject({ url: "/api/candidates/export.csv?search=zo%C3%AB", headers: admin.headers });
    expect(parse(searched.body.slice(1)).map((row) => row[0])).toEqual(["name", "Zoë Ødegaard"]);
  });

  it("gives the interviewers' table with their figures, names neutralised", async () => {
    const owner = await signUpOrganization(t.app, "CSV Analytics Co");
    const lines = smallHistory().map((line) =>
      line.type === "interviewer" && line.id === "ivr-b" ? { ...line, name: "+Bo Interviewer" } : line,
    );
    const imported = await t.app.inject({
      method: "POST",
      url: "/api/history/import",
      headers: { ...owner.headers, "content-type": "application/x-ndjson" },
      payload: toJsonl(lines),
    });
    expect(imported.statusCode, imported.body).toBe(200);
    const response = await t.app.inject({ url: "/api/analytics/interviewers.csv", headers: owner.headers });
    expect(response.statusCode).toBe(200);
    const [header, ...rows] = parse(response.body.slice(1));
    expect(header?.slice(0, 4)).toEqual(["interviewer", "external id", "interviews", "calibration"]);
    expect(rows.map((row) => row.slice(0, 4))).toEqual([
      ["'+Bo Interviewer", "ivr-b", "2", "insufficient data"],
      ["Alex Interviewer", "ivr-a", "2", "insufficient data"],
    ]);
  });

  it("is for those who may see the lists", async () => {
    const interviewer = await addPerson(t.app, admin, "interviewer");
    for (const url of ["/api/candidates/export.csv", "/api/analytics/interviewers.csv"]) {
      expect((await t.app.inject({ url, headers: interviewer.headers })).statusCode).toBe(403);
      expect((await t.app.inject({ url })).statusCode).toBe(401);
    }
  });
});
