import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { neutralizeCell, writeErrorReport } from "./error-report.ts";

describe("error report", () => {
  it("neutralises cells a spreadsheet would run as formulas", () => {
    for (const cell of ['=HYPERLINK("x")', "+1+1", "-2+3", "@SUM(A1)", "\tx", "\rx"]) expect(neutralizeCell(cell)).toBe(`'${cell}`);
    for (const cell of ["HCP-1", "0.5", "", "a=b"]) expect(neutralizeCell(cell)).toBe(cell);
  });

  it("writes CSV sorted by row with quoting, notes as row 0", async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "report-")), "errors.csv");
    await writeErrorReport(
      file,
      [
        { row: 9, column: "name", value: '=cmd|"/c calc"!A1', message: "bad, really" },
        { row: 2, column: "weight", value: "1.5", message: "must be a number with 0 < value <= 1" },
      ],
      ["3 further problems are not listed"],
    );
    expect(readFileSync(file, "utf8").split("\r\n")).toEqual([
      "row,column,value,message",
      "0,,,3 further problems are not listed",
      "2,weight,1.5,must be a number with 0 < value <= 1",
      `9,name,"'=cmd|""/c calc""!A1","bad, really"`,
      "",
    ]);
  });
});
