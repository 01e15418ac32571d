import { describe, expect, it } from "vitest";
import { csvCell, toCsv } from "./csv.js";

describe("CSV cells", () => {
  it("neutralises every way a spreadsheet starts a formula", () => {
    for (const formula of [
      '=HYPERLINK("http://evil.test","Click")',
      "+1+1",
      "-2+3",
      "@SUM(A1:A2)",
      "\t=1",
      "\r=1",
      "＝1+1",
    ]) {
      const cell = csvCell(formula);
      const unquoted = cell.startsWith('"') ? cell.slice(1, -1).replaceAll('""', '"') : cell;
      expect(unquoted.startsWith("'"), cell).toBe(true);
      expect(unquoted.slice(1)).toBe(formula);
    }
  });

  it("quotes commas, quotes and line breaks, and leaves plain text and numbers as they are", () => {
    expect(csvCell('Ana "Nan" Smith, PhD')).toBe('"Ana ""Nan"" Smith, PhD"');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
    expect(csvCell("Zoë Ødegaard")).toBe("Zoë Ødegaard");
    expect(csvCell(-3)).toBe("-3");
    expect(csvCell(0.25)).toBe("0.25");
    expect(csvCell(null)).toBe("");
    expect(csvCell(Number.NaN)).toBe("");
    expect(csvCell(true)).toBe("true");
  });

  it("writes a file with a byte-order mark, CRLF lines and a header", () => {
    expect(
      toCsv(
        ["name", "interviews"],
        [
          ["=cmd", 2],
          ["Bo", null],
        ],
      ),
    ).toBe("\uFEFFname,interviews\r\n'=cmd,2\r\nBo,\r\n");
  });
});
