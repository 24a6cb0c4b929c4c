import type { z } from "zod";
import type { RowProblem } from "../model/row-problem.ts";
import type { SourceRecord } from "./read-records.ts";

/** zod issues of one record as row problems, one per column. */
export function rowProblemsOf(error: z.ZodError, record: SourceRecord): RowProblem[] {
  const seen = new Set<string>();
  const problems: RowProblem[] = [];
  for (const issue of error.issues) {
    const column = String(issue.path[0] ?? "(row)");
    if (seen.has(column)) continue;
    seen.add(column);
    const value = record.values[column] ?? "";
    const message = value === "" && /expected|required/i.test(issue.message) ? "is required" : issue.message;
    problems.push({ row: record.row, column, value, message });
  }
  return problems;
}
