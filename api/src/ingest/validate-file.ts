/**
 * Pass 1 of an import: reads the whole file once, validates every row (zod), finds duplicates
 * within the file, resolves referenced ids against the graph in batches, then runs the checks
 * that need the file and the graph together. Nothing is written. Memory holds one entry per key
 * and, for affiliations, one compact edge per row.
 */
import type { Driver } from "neo4j-driver";
import type { EntityKind } from "../model/entity-kinds.ts";
import { checkAffiliations, type FileAffiliation } from "../model/affiliation-rules.ts";
import { affiliationsOfChildren, forEachActiveRecord, kindsOfIds, sameLevelEdges } from "./graph-lookups.ts";
import type { AffiliationRow } from "./kinds/affiliations.ts";
import { ENTITY_KIND_OF } from "./kinds/entities.ts";
import { IMPORT_KINDS, type ImportKind, type KindName, type NodeKind, type Reference } from "./kinds/index.ts";
import type { TerritoryRow } from "./kinds/territories.ts";
import type { LevelRules } from "../model/level-rules.ts";
import { readRecords, type FileFormat } from "./read-records.ts";
import type { RowProblem } from "../model/row-problem.ts";
import { rowProblemsOf } from "./zod-problems.ts";

export interface ValidationOptions {
  kind: KindName;
  filePath: string;
  format: FileFormat;
  rules: LevelRules;
  snapshot: boolean;
  /** Largest share of existing records a snapshot may end-date without `force`. */
  snapshotMaxShare: number;
  /** Only existing records whose id (affiliations: child id) starts with this take part in the snapshot. */
  snapshotPrefix: string;
  force: boolean;
  onProgress?: (rowsRead: number) => void;
}

export interface SnapshotPlan {
  /** Existing records compared against the file, and the ids of those absent from it. */
  existing: number;
  endIds: string[];
  scopes: SnapshotScope[];
}

export type SnapshotScope = { entity: EntityKind } | { child: EntityKind; parent: EntityKind };

export interface Validation {
  rowsRead: number;
  columns: string[];
  warnings: string[];
  /** A problem with the whole file (unreadable, missing columns, snapshot guard): nothing can be imported. */
  fatal: string | null;
  problems: RowProblem[];
  problemCount: number;
  rejectedRows: Set<number>;
  kindOf: Map<string, NodeKind>;
  snapshot: SnapshotPlan | null;
}

/** Problems kept in memory (and in the error report); beyond this only counted. */
export const MAX_LISTED_PROBLEMS = 100_000;
const LOOKUP_BATCH = 5_000;


export async function validateFile(driver: Driver, opts: ValidationOptions): Promise<Validation> {
  const kind = IMPORT_KINDS[opts.kind] as ImportKind<unknown>;
  const v: Validation = { rowsRead: 0, columns: [], warnings: [], fatal: null, problems: [], problemCount: 0, rejectedRows: new Set(), kindOf: new Map(), snapshot: null };
  const report = (p: RowProblem) => {
    v.problemCount++;
    if (v.problems.length < MAX_LISTED_PROBLEMS) v.problems.push(p);
    if (p.row > 0) v.rejectedRows.add(p.row);
  };

  if (opts.snapshot && !kind.snapshot) {
    v.fatal = `--snapshot applies to hcps, accounts, organizations, networks and affiliations (records with effective dates), not to ${opts.kind}.`;
    return v;
  }

  const firstRowOfKey = new Map<string, number>();
  const affiliationEdges: FileAffiliation[] = [];
  const intern = new Interner();
  const territoryDefinitions = new Map<string, { name: string; region: string; row: number }>();
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
        report({ row: record.row, column: kind.keyColumns.join("+"), value: key, message: `duplicate of row ${first} (same ${kind.keyColumns.join(", ")})` });
        continue;
      }
      firstRowOfKey.set(key, record.row);
      if (opts.kind === "affiliations") affiliationEdges.push(compactAffiliation(record.row, row as AffiliationRow, intern));
      if (opts.kind === "territories") checkTerritoryConsistency(row as TerritoryRow, record.row, territoryDefinitions, report);
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

  if (opts.kind === "affiliations") {
    const edges = affiliationEdges.filter((e) => !v.rejectedRows.has(e.row));
    for (const p of await affiliationProblems(driver, edges, v.kindOf, opts)) report(p);
  }
  if (opts.snapshot) {
    v.snapshot = await planSnapshot(driver, opts, firstRowOfKey, affiliationEdges, v.kindOf);
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

function checkHeader(kind: ImportKind<unknown>, columns: string[], v: Validation): void {
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

/** One string instance per distinct value: a million rows repeat a few types, dates and parents. */
class Interner {
  private readonly strings = new Map<string, string>();
  of(s: string): string {
    const known = this.strings.get(s);
    if (known !== undefined) return known;
    this.strings.set(s, s);
    return s;
  }
}

function compactAffiliation(row: number, r: AffiliationRow, intern: Interner): FileAffiliation {
  return {
    row, childId: r.child_id, parentId: intern.of(r.parent_id), weight: r.weight, primary: r.primary, type: intern.of(r.type),
    validFrom: intern.of(r.valid_from), validTo: r.valid_to === undefined ? null : intern.of(r.valid_to),
  };
}

function checkTerritoryConsistency(r: TerritoryRow, row: number, seen: Map<string, { name: string; region: string; row: number }>, report: (p: RowProblem) => void): void {
  const first = seen.get(r.id);
  if (!first) {
    seen.set(r.id, { name: r.name, region: r.region, row });
    return;
  }
  if (first.name !== r.name) report({ row, column: "name", value: r.name, message: `differs from row ${first.row} ("${first.name}") for territory ${r.id}` });
  if (first.region !== r.region) report({ row, column: "region", value: r.region, message: `differs from row ${first.row} ("${first.region}") for territory ${r.id}` });
}

/**
 * Looks referenced ids up in batches while the file streams, and reports the unknown or
 * wrong-kind ones. Ids are looked up among the kinds their column allows first (an HCP id in a
 * child column is found in one seek); only ids not found there are looked up among every kind,
 * to tell "unknown" from "of the wrong kind".
 */
class ReferenceResolver {
  private pending: { row: number; refs: Reference[] }[] = [];
  private unresolved = new Map<string, readonly NodeKind[]>();
  private missing = new Set<string>();

  constructor(
    private readonly driver: Driver,
    private readonly kindOf: Map<string, NodeKind>,
    private readonly report: (p: RowProblem) => void,
  ) {}

  async add(row: number, refs: Reference[]): Promise<void> {
    if (refs.length === 0) return;
    this.pending.push({ row, refs });
    for (const r of refs) if (!this.kindOf.has(r.id) && !this.missing.has(r.id)) this.unresolved.set(r.id, r.kinds);
    if (this.unresolved.size >= LOOKUP_BATCH) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.unresolved.size) {
      const byKinds = new Map<string, string[]>();
      for (const [id, kinds] of this.unresolved) {
        const key = kinds.join(",");
        if (!byKinds.has(key)) byKinds.set(key, []);
        byKinds.get(key)!.push(id);
      }
      this.unresolved.clear();
      for (const [key, ids] of byKinds) {
        const expected = key.split(",") as NodeKind[];
        const found = await kindsOfIds(this.driver, ids, expected);
        const notFound = ids.filter((id) => !found.has(id));
        const elsewhere = notFound.length ? await kindsOfIds(this.driver, notFound, ALL_KINDS.filter((k) => !expected.includes(k))) : new Map<string, NodeKind>();
        for (const id of ids) {
          const k = found.get(id) ?? elsewhere.get(id);
          if (k) this.kindOf.set(id, k);
          else this.missing.add(id);
        }
      }
    }
    for (const { row, refs } of this.pending) {
      for (const ref of refs) {
        const k = this.kindOf.get(ref.id);
        if (!k) this.report({ row, column: ref.column, value: ref.id, message: `unknown id: no ${ref.kinds.join(" or ")} with this id` });
        else if (!ref.kinds.includes(k)) this.report({ row, column: ref.column, value: ref.id, message: `is a ${k}, expected ${ref.kinds.join(" or ")}` });
      }
    }
    this.pending = [];
  }
}

const ALL_KINDS: readonly NodeKind[] = ["HCP", "ACCOUNT", "ORGANIZATION", "NETWORK", "TERRITORY"];

async function affiliationProblems(driver: Driver, edges: FileAffiliation[], kindOf: Map<string, NodeKind>, opts: ValidationOptions): Promise<RowProblem[]> {
  const entityKindOf = (id: string) => {
    const k = kindOf.get(id);
    return k && k !== "TERRITORY" ? k : undefined;
  };
  const sameKinds = new Set<EntityKind>();
  for (const e of edges) {
    const c = entityKindOf(e.childId);
    if (c && c === entityKindOf(e.parentId)) sameKinds.add(c);
  }
  const sameLevel = (await Promise.all([...sameKinds].map((k) => sameLevelEdges(driver, k)))).flat();
  return checkAffiliations({
    edges, kindOf: entityKindOf, sameLevelEdges: sameLevel, rules: opts.rules, snapshot: opts.snapshot,
    existingOf: (kind, ids) => affiliationsOfChildren(driver, kind, ids),
  });
}

/**
 * Which existing records a snapshot would end-date: entities of the file's kind, or active
 * affiliations between the kinds of levels the file covers, that the file does not list.
 */
async function planSnapshot(
  driver: Driver,
  opts: ValidationOptions,
  keysInFile: Map<string, number>,
  edges: FileAffiliation[],
  kindOf: Map<string, NodeKind>,
): Promise<SnapshotPlan> {
  const scopes: SnapshotScope[] = [];
  const entity = ENTITY_KIND_OF[opts.kind];
  if (entity) scopes.push({ entity });
  else {
    const pairs = new Set<string>();
    for (const e of edges) {
      const c = kindOf.get(e.childId);
      const p = kindOf.get(e.parentId);
      if (c && p) pairs.add(`${c}>${p}`);
    }
    for (const pair of pairs) {
      const [child, parent] = pair.split(">") as [EntityKind, EntityKind];
      scopes.push({ child, parent });
    }
  }
  const plan: SnapshotPlan = { existing: 0, endIds: [], scopes };
  for (const scope of scopes) {
    await forEachActiveRecord(driver, scope, opts.snapshotPrefix, (id, key) => {
      plan.existing++;
      if (!keysInFile.has(key)) plan.endIds.push(id);
    });
  }
  return plan;
}
