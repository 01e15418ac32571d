// CSV for spreadsheets (RFC 4180: CRLF lines, fields quoted when they hold a comma, a quote or a line
// break). What people typed can be opened by Excel, LibreOffice or Google Sheets, which run a cell that
// starts with =, +, -, @, a tab or a carriage return as a formula (CSV injection): such a text cell is
// written with a leading apostrophe, which every one of them shows as text and hides.
export type CsvValue = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

/** One cell: numbers and booleans as they are (they are ours, not typed), text neutralised and quoted. */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "true" : "false";
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * A whole file: the header, then each row. It starts with a byte-order mark, without which Excel reads
 * UTF-8 as the machine's legacy code page and garbles every accented name.
 */
export function toCsv(header: readonly string[], rows: Iterable<readonly CsvValue[]>): string {
  const lines = [header.map(csvCell).join(",")];
  for (const row of rows) lines.push(row.map(csvCell).join(","));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
