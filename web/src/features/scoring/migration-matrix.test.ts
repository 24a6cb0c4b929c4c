import { describe, expect, it } from "vitest";
import { migrationMatrix, NO_SEGMENT, segmentCounts, segmentOrder } from "./migration-matrix.ts";

describe("the migration matrix", () => {
  it("puts segments in the model's order, others by name after them, (none) last", () => {
    expect(segmentOrder(["C", NO_SEGMENT, "Z", "A", "B", "A"], ["A", "B", "C"])).toEqual(["A", "B", "C", "Z", NO_SEGMENT]);
    expect(segmentOrder(["D2", "D10", "D1"], [])).toEqual(["D1", "D10", "D2"]);
  });

  it("lays out counts by current segment (rows) and new segment (columns), with totals", () => {
    const m = migrationMatrix(
      [
        { from: "A", to: "A", subjects: 1 },
        { from: "A", to: "B", subjects: 2 },
        { from: "C", to: "C", subjects: 40 },
        { from: NO_SEGMENT, to: "C", subjects: 5 },
      ],
      ["A", "B", "C"],
    );
    expect(m.from).toEqual(["A", "C", NO_SEGMENT]);
    expect(m.to).toEqual(["A", "B", "C"]);
    expect(m.cells).toEqual([
      [1, 2, 0],
      [0, 0, 40],
      [0, 0, 5],
    ]);
    expect(m.rowTotals).toEqual([3, 40, 5]);
    expect(m.columnTotals).toEqual([1, 2, 45]);
    expect(m.total).toBe(48);
    expect(m.changed).toBe(7);
  });

  it("is empty without subjects", () => {
    expect(migrationMatrix([])).toEqual({ from: [], to: [], cells: [], rowTotals: [], columnTotals: [], total: 0, changed: 0 });
  });
});

describe("segment counts", () => {
  it("sets the active and simulated counts side by side, 0 where a segment is missing", () => {
    expect(
      segmentCounts(
        [
          { segment: "A", subjects: 3 },
          { segment: "C", subjects: 40 },
        ],
        [
          { segment: "A", subjects: 1 },
          { segment: "B", subjects: 2 },
          { segment: "C", subjects: 45 },
        ],
        ["A", "B", "C"],
      ),
    ).toEqual([
      { segment: "A", active: 3, simulated: 1, change: -2 },
      { segment: "B", active: 0, simulated: 2, change: 2 },
      { segment: "C", active: 40, simulated: 45, change: 5 },
    ]);
  });
});
