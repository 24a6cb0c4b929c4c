import { describe, expect, it } from "vitest";
import type { LodNode } from "../../graph/level-of-detail.ts";
import { DEFAULT_TABLE_SORT, nextTableSort, sortRows, tableCsv } from "./hierarchy-table.ts";

const row = (id: string, name: string, rollup: number | null, childCount = 0, role: LodNode["role"] = "entity"): LodNode => ({
  id,
  kind: "ACCOUNT",
  name,
  detail: null,
  level: 2,
  rollup,
  role,
  count: 1,
  ownerId: null,
  parentCount: 1,
  childCount,
  expandable: childCount > 0,
  expanded: false,
});

const rows = [
  row("A", "Clinic, North", 10, 3),
  row("B", 'The "Big" One', 50),
  row("C", "Annex", null, 1),
  row("G", "12 accounts", 60, 12, "group"),
];

describe("hierarchy table", () => {
  it("sorts by roll-up highest first, missing values last, and turns around on a second click", () => {
    expect(sortRows(rows, DEFAULT_TABLE_SORT).map((r) => r.id)).toEqual(["G", "B", "A", "C"]);
    const ascending = nextTableSort(DEFAULT_TABLE_SORT, "rollup");
    expect(ascending).toEqual({ by: "rollup", descending: false });
    expect(sortRows(rows, ascending).map((r) => r.id)).toEqual(["A", "B", "G", "C"]);
  });

  it("sorts text A to Z first and numbers highest first", () => {
    const byName = nextTableSort(DEFAULT_TABLE_SORT, "name");
    expect(byName.descending).toBe(false);
    expect(sortRows(rows, byName).map((r) => r.name)).toEqual(["12 accounts", "Annex", "Clinic, North", 'The "Big" One']);
    expect(sortRows(rows, nextTableSort(DEFAULT_TABLE_SORT, "children")).map((r) => r.id)).toEqual(["G", "A", "C", "B"]);
  });

  it("exports CSV with quoted fields and the measure as the roll-up heading", () => {
    expect(tableCsv(rows.slice(0, 4), "TRX 2026-Q3")).toBe(
      [
        "id,name,kind,level,TRX 2026-Q3,parents,children",
        'A,"Clinic, North",ACCOUNT,2,10,1,3',
        'B,"The ""Big"" One",ACCOUNT,2,50,1,0',
        "C,Annex,ACCOUNT,2,,1,1",
        "G,12 accounts,ACCOUNT group,2,60,1,12",
        "",
      ].join("\r\n"),
    );
  });
});
