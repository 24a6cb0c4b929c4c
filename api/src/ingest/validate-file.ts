/**
 * Pass 1 of an import: reads the whole file once, validates every row (zod), finds duplicates
 * within the file, resolves referenced ids against the graph in batches, then runs the kind's
 * checks that need the whole file and the graph. Nothing is written. Memory holds one entry per
 * key, plus what the kind's file check keeps.
 */
import type { Driver } from "neo4j-driver";
import type { LevelRules } from "../model/level-rules.ts";
import type { RowProblem } from "../model/row-problem.ts";
import { IMPORT_KINDS, KIND_NAMES, type KindName } from "./kinds/index.ts";
import type { ImportKind, NodeKind, Snapshot, SnapshotFile } from "./kinds/kind.ts";
import { readRecords, type FileFormat } from "./read-records.ts";
import { ReferenceResolver } from "./reference-resolver.ts";
import { rowProblemsOf } from "./zod-problems.ts";

export interface ValidationOptions {
  kind: KindName;
  filePath: string;
  format: FileFormat;
  rules: LevelRules;
  snapshot: boolean;
  /** Largest share of existing records a snapshot may end-date without `force`. */
  snapshotMaxShare: number;
  /** Only existing records whose id (edges: child id) starts with this take part in the snapshot. */
  snapshotPrefix: string;
  force: boolean;
  onProgress?: (rowsRead: number) => void;
}

export interface SnapshotPlan {
  /** Existing records compared against the file, and the ids of those absent from it. */
  existing: number;
  endIds: string[];
}

export interface Validation {
  rowsRead: number;
  columns: string[];
  warnings: string[];
  /** A problem with the whole file (unreadable, missing columns, snapshot guard): nothing can be imported. */
  fatal: string | null;
  problems: RowProblem[];
  problemCount: number;
  rejectedRows: Set<number>;
  /** Valid rows whose record is stored exactly so (the kind's file check says which): the write pass skips them. */
  storedRows: ReadonlySet<number>;
  kindOf: Map<string, NodeKind>;
  snapshot: SnapshotPlan | null;
}

/** Problems kept in memory (and in the error report); beyond this only counted. */
export const MAX_LISTED_PROBLEMS = 100_000;

const SNAPSHOT_KINDS = KIND_NAMES.filter((name) => IMPORT_KINDS[name].snapshot);

export async function validateFile(driver: Driver, opts: ValidationOptions): Promise<Validation> {
  const kind = IMPORT_KINDS[opts.kind];
  const v: Validation = {
    rowsRead: 0,
    columns: [],
    warnings: [],
    fatal: null,
    problems: [],
    problemCount: 0,
    rejectedRows: new Set(),
    storedRows: new Set(),
    kindOf: new Map(),
    snapshot: null,
  };
  const report = (p: RowProblem) => {
    v.problemCount++;
    if (v.problems.length < MAX_LISTED_PROBLEMS) v.problems.push(p);
    if (p.row > 0) v.rejectedRows.add(p.row);
  };

  if (opts.snapshot && !kind.snapshot) {
    v.fatal = `--snapshot applies to ${SNAPSHOT_KINDS.slice(0, -1).join(", ")} and ${SNAPSHOT_KINDS.at(-1)} (records with effective dates), not to ${opts.kind}.`;
    return v;
  }

  const firstRowOfKey = new Map<string, number>();
  const check = kind.createFileCheck?.();
  const resolver = new ReferenceResolver(driver, v.kindOf, report);

  try {
    for await (const record of readRecords(opts.filePath, opts.format, (columns) => checkHeader(kind, columns, v))) {
      if (v.fatal) break;
      v.rowsRead++;
      if (v.rowsRead % 10_000 === 0) opts.onProgress?.(v.rowsRead);
      const parsed = kind.schema.safeParse(record.values);
      if (!parsed.success) {
        for (const p of rowProblemsOf(parsed.error, record)) report(p);
        // A snapshot must not end-date a record just because its row has a typo.
        if (opts.snapshot) firstRowOfKey.set(kind.keyColumns.map((c) => record.values[c]?.trim() ?? "").join("|"), record.row);
        continue;
      }
      const row = parsed.data;
      const key = kind.key(row);
      const first = firstRowOfKey.get(key);
      if (first !== undefined) {
        report({
          row: record.row,
          column: kind.keyColumns.join("+"),
          value: key,
          message: `duplicate of row ${first} (same ${kind.keyColumns.join(", ")})`,
        });
        continue;
      }
      firstRowOfKey.set(key, record.row);
      check?.row(row, record.row, report);
      await resolver.add(record.row, kind.references(row));
    }
    await resolver.flush();
  } catch (err) {
    v.fatal = err instanceof Error ? err.message : String(err);
    return v;
  }
  opts.onProgress?.(v.rowsRead);
  if (v.fatal) return v;
  if (v.rowsRead === 0) v.warnings.push("The file has no data rows.");

  await check?.finish?.({ driver, kindOf: v.kindOf, rejectedRows: v.rejectedRows, rules: opts.rules, snapshot: opts.snapshot }, report);
  v.storedRows = check?.storedRows?.() ?? v.storedRows;
  if (opts.snapshot && kind.snapshot) {
    v.snapshot = await planSnapshot(driver, kind.snapshot, { prefix: opts.snapshotPrefix, kindOf: v.kindOf, check }, firstRowOfKey);
    const share = v.snapshot.existing === 0 ? 0 : v.snapshot.endIds.length / v.snapshot.existing;
    if (share > opts.snapshotMaxShare && !opts.force) {
      v.fatal =
        `The snapshot would end-date ${v.snapshot.endIds.length} of ${v.snapshot.existing} existing records (${(share * 100).toFixed(1)}%), ` +
        `more than the allowed ${(opts.snapshotMaxShare * 100).toFixed(1)}%. Check that the file is complete; to proceed anyway, import with --force.`;
    }
  }
  v.problems.sort((a, b) => a.row - b.row);
  return v;
}

function checkHeader(kind: Pick<ImportKind, "name" | "required" | "optional">, columns: string[], v: Validation): void {
  v.columns = columns;
  const known = new Set([...kind.required, ...kind.optional].map((c) => c.column));
  const missing = kind.required.map((c) => c.column).filter((c) => !columns.includes(c));
  if (missing.length) {
    v.fatal = `Missing required column${missing.length > 1 ? "s" : ""}: ${missing.join(", ")}. The file has: ${columns.join(", ") || "(no header)"}. See the ${kind.name} template.`;
    return;
  }
  const seen = new Set<string>();
  for (const c of columns) {
    if (seen.has(c)) v.warnings.push(`Column "${c}" appears twice; the last one is used.`);
    seen.add(c);
  }
  const unknown = columns.filter((c) => !known.has(c));
  if (unknown.length) v.warnings.push(`Unknown column${unknown.length > 1 ? "s" : ""} ignored: ${unknown.join(", ")}.`);
}

/** Which existing records a snapshot would end-date: those it is compared against that the file does not list. */
async function planSnapshot<Check>(
  driver: Driver,
  snapshot: Snapshot<Check>,
  file: SnapshotFile<Check>,
  keysInFile: Map<string, number>,
): Promise<SnapshotPlan> {
  const plan: SnapshotPlan = { existing: 0, endIds: [] };
  await snapshot.forEachActiveRecord(driver, file, (id, key) => {
    plan.existing++;
    if (!keysInFile.has(key)) plan.endIds.push(id);
  });
  return plan;
}
