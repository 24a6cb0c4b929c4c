import { createWriteStream } from "node:fs";
import { finished } from "node:stream/promises";
import type { RowProblem } from "../model/row-problem.ts";

/**
 * A cell that a spreadsheet would run as a formula (=, +, -, @, or a leading tab/CR) gets a
 * leading apostrophe: error reports echo what uploaders wrote, and must not execute it.
 */
export function neutralizeCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function csvCell(value: string | number): string {
  const text = neutralizeCell(String(value));
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const ERROR_REPORT_HEADER = ["row", "column", "value", "message"] as const;

/** Writes the problems as CSV (row 0: the whole file), sorted by row. */
export async function writeErrorReport(path: string, problems: readonly RowProblem[], notes: readonly string[] = []): Promise<void> {
  const out = createWriteStream(path, { encoding: "utf8" });
  out.write(`${ERROR_REPORT_HEADER.join(",")}\r\n`);
  for (const note of notes) out.write(`${[0, "", "", note].map(csvCell).join(",")}\r\n`);
  const sorted = [...problems].sort((a, b) => a.row - b.row);
  for (const p of sorted) out.write(`${[p.row, p.column, p.value, p.message].map(csvCell).join(",")}\r\n`);
  out.end();
  await finished(out);
}
