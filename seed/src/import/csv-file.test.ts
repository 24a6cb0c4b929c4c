import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CsvFile, csvField } from "./csv-file.ts";

describe("csvField", () => {
  it("quotes only what needs quoting, doubling inner quotes; null is an empty field", () => {
    expect(csvField("Smith")).toBe("Smith");
    expect(csvField("Smith, Ann MD")).toBe('"Smith, Ann MD"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField("St. Mary's")).toBe("St. Mary's");
    expect(csvField(0.25)).toBe("0.25");
    expect(csvField(true)).toBe("true");
    expect(csvField(null)).toBe("");
  });
});

describe("CsvFile", () => {
  it("writes the header and rows, one per line", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "csv-"));
    try {
      const file = new CsvFile(path.join(dir, "x.csv"), ["id:ID(HCP)", "name"]);
      file.row(["HCP-1", "Smith, Ann MD"]);
      file.row(["HCP-2", null]);
      file.close();
      expect(readFileSync(file.path, "utf8")).toBe('id:ID(HCP),name\nHCP-1,"Smith, Ann MD"\nHCP-2,\n');
    } finally {
      rmSync(dir, { recursive: true });
    }
  });
});
