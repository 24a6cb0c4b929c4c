import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { generate } from "../generate.ts";
import { SCALES } from "../scales.ts";
import { SeedPlan } from "../seed-plan.ts";
import { adminImportArgs } from "./admin-import.ts";
import { writeImportFiles } from "./write-import-files.ts";

/** Fields of one CSV line (quoted fields may hold commas and doubled quotes, never line breaks). */
function fields(line: string): string[] {
  const found: string[] = [];
  const field = /("(?:[^"]|"")*"|[^,]*)(,|$)/g;
  for (let m = field.exec(line); m; m = field.exec(line)) {
    found.push(m[1]!);
    if (m[2] === "") break; // the end of the line, after a last field that may be empty
  }
  return found;
}

describe("writeImportFiles", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "seed-import-"));
  afterAll(() => rmSync(dir, { recursive: true }));
  const expected = generate("tiny", 4);
  const files = writeImportFiles(new SeedPlan(SCALES.tiny, 4), dir);
  const lines = (file: string) => readFileSync(path.join(dir, file), "utf8").trimEnd().split("\n");

  it("writes one line per generated row under a typed header, every line as wide as its header", () => {
    expect(files.rows.hcps).toBe(expected.hcps.length);
    expect(lines("hcps.csv")).toHaveLength(expected.hcps.length + 1);
    expect(lines("hcps-aligned.csv")).toHaveLength(expected.hcps.length + 1);
    expect(lines("influences.csv")).toHaveLength(expected.influences.length + 1);
    expect(lines("metric-values.csv")).toHaveLength(expected.metrics.length + 1);
    for (const { path: file } of files.tables) {
      const [header, ...rows] = lines(path.basename(file));
      const width = fields(header!).length;
      for (const row of rows) expect(fields(row), `${file}: ${row}`).toHaveLength(width);
    }
  });

  it("keeps names with commas in one quoted field", () => {
    const [, first] = lines("hcps.csv");
    expect(fields(first!)[4]).toBe(`"${expected.hcps[0]!.name}"`);
  });

  it("passes every table to the importer under its label or type", () => {
    const args = adminImportArgs(files, "/tmp/report");
    expect(args.slice(0, 4)).toEqual(["database", "import", "full", "neo4j"]);
    expect(args).toContain(`--nodes=HCP=${path.join(dir, "hcps.csv")}`);
    expect(args).toContain(`--relationships=AFFILIATED_WITH=${path.join(dir, "hcp-affiliations.csv")}`);
    expect(args.filter((a) => a.startsWith("--nodes=") || a.startsWith("--relationships="))).toHaveLength(files.tables.length);
  });
});
