/**
 * CSV text (RFC 4180): a field holding a comma, a quote or a line break is quoted, its quotes
 * doubled; lines end with CRLF. A text field starting with = + - @ or a tab is prefixed with `'`
 * so that a spreadsheet shows it rather than running it as a formula (names come from master lists).
 */
export type CsvCell = string | number | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvField(value: CsvCell): string {
  if (value === null || value === undefined) return "";
  const text = typeof value === "number" ? String(value) : FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return [header, ...rows].map((row) => `${row.map(csvField).join(",")}\r\n`).join("");
}
