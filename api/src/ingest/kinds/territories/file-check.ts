import type { FileCheck, ReportProblem } from "../kind.ts";
import type { TerritoryRow } from "./kind.ts";

/** A territory spans several rows (one per aligned entity); they must agree on its name and region. */
export class TerritoryFileCheck implements FileCheck<TerritoryRow> {
  private readonly firstRowOf = new Map<string, { name: string; region: string; row: number }>();

  row(r: TerritoryRow, rowNumber: number, report: ReportProblem): void {
    const first = this.firstRowOf.get(r.id);
    if (!first) {
      this.firstRowOf.set(r.id, { name: r.name, region: r.region, row: rowNumber });
      return;
    }
    for (const column of ["name", "region"] as const) {
      if (first[column] === r[column]) continue;
      report({
        row: rowNumber,
        column,
        value: r[column],
        message: `differs from row ${first.row} ("${first[column]}") for territory ${r.id}`,
      });
    }
  }
}
