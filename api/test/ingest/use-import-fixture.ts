import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll } from "vitest";
import type { Driver } from "neo4j-driver";
import { deleteByPrefix, testDriver, uniquePrefix } from "../../../test/db.ts";
import { toNative } from "../../src/db/to-native.ts";
import type { KindName } from "../../src/ingest/kinds/index.ts";
import { runImport, type ImportRequest, type ImportSummary } from "../../src/ingest/run-import.ts";
import { createTwoTerritoryGraph, type TwoTerritoryGraph } from "../fixtures/two-territory-graph.ts";

export interface ImportFixture {
  driver: Driver;
  g: TwoTerritoryGraph;
  /** The fixture's id prefix: every id a test writes starts with it. */
  p: string;
  dir: string;
  /** Writes a file (lines joined with \n) into the fixture's folder and returns its path. */
  file(name: string, lines: string[] | string): string;
  run(kind: KindName, file: string, opts?: Partial<ImportRequest>): Promise<ImportSummary>;
  query<T = any>(cypher: string, params?: Record<string, unknown>): Promise<T[]>;
}

/**
 * The two-territory graph under a unique prefix, a temp folder for files and a runner; removes
 * everything the file's tests wrote (entities, audit events, import records) afterwards.
 */
export function useImportFixture(name: string): ImportFixture {
  const f = {} as ImportFixture;
  beforeAll(async () => {
    f.driver = testDriver();
    f.g = await createTwoTerritoryGraph(f.driver, uniquePrefix(name));
    f.p = f.g.prefix;
    f.dir = mkdtempSync(path.join(tmpdir(), `import-${name}-`));
    f.file = (fileName, lines) => {
      const file = path.join(f.dir, fileName);
      writeFileSync(file, Array.isArray(lines) ? `${lines.join("\n")}\n` : lines);
      return file;
    };
    f.run = (kind, file, opts = {}) =>
      runImport(f.driver, {
        kind,
        filePath: file,
        fileName: `${f.p}${path.basename(file)}`,
        mode: "all-or-nothing",
        actor: f.g.users.steward,
        ...opts,
      });
    f.query = async (cypher, params = {}) => {
      const res = await f.driver.executeQuery(cypher, { p: f.p, ...params });
      return res.records.map((r) => toNative(r.toObject())) as any[];
    };
  });
  afterAll(async () => {
    await deleteByPrefix(f.driver, f.p);
    await f.driver.close();
  });
  return f;
}
