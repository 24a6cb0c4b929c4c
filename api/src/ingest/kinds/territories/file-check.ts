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
    if (first.name !== r.name)
      report({
        row: rowNumber,
        column: "name",
        value: r.name,
        message: `differs from row ${first.row} ("${first.name}") for territory ${r.id}`,
      });
    if (first.region !== r.region)
      report({
        row: rowNumber,
        column: "region",
        value: r.region,
        message: `differs from row ${first.row} ("${first.region}") for territory ${r.id}`,
      });
  }
}
