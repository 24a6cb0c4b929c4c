import type { Driver } from "neo4j-driver";
import type { z } from "zod";
import type { CypherRunner } from "../../db/cypher-runner.ts";
import type { EntityKind } from "../../model/entity-kinds.ts";
import type { LevelRules } from "../../model/level-rules.ts";
import type { Role } from "../../model/roles.ts";
import type { RowProblem } from "../../model/row-problem.ts";

export const KIND_NAMES = [
  "hcps",
  "accounts",
  "organizations",
  "networks",
  "affiliations",
  "influences",
  "metrics",
  "territories",
  "users",
  "survey_answers",
  "activities",
  "feedback",
  "touchpoints",
] as const;
export type KindName = (typeof KIND_NAMES)[number];

/** What an id in the graph can be; ingestion looks ids up by these. */
export type NodeKind = EntityKind | "TERRITORY";

/** The kind of every id a file refers to that exists in the graph. */
export type KindsOfIds = ReadonlyMap<string, NodeKind>;

/** An id a row refers to, which must exist in the graph (or, for territories, be created by the same file). */
export interface Reference {
  column: string;
  id: string;
  kinds: readonly NodeKind[];
}

export interface ColumnDoc {
  column: string;
  meaning: string;
}

export type ReportProblem = (problem: RowProblem) => void;

/**
 * One importable kind, everything about it: columns, row schema, identity, references, the
 * checks that span a file, how a row is written and what a snapshot compares against.
 */
export interface ImportKind<Row = unknown, Check extends FileCheck<Row> | undefined = undefined> {
  name: KindName;
  summary: string;
  required: readonly ColumnDoc[];
  optional: readonly ColumnDoc[];
  schema: z.ZodType<Row>;
  /** Identity within the file: two rows with the same key are duplicates. */
  key(row: Row): string;
  keyColumns: readonly string[];
  references(row: Row): Reference[];
  /** A sample row for the template file, in column order (required, then optional). */
  example: Record<string, string>;
  /** A fresh check for each file, for rules across rows or against the graph; absent when every row stands alone. */
  createFileCheck?(): Check;
  /** How a valid row is applied; `kindOf` holds the kinds of the ids it refers to. */
  write(row: Row, kindOf: KindsOfIds): RowWrite;
  /** Present when `--snapshot` applies (kinds with effective dating only). */
  snapshot?: Snapshot<Check>;
  /**
   * What the kind keeps current after each written batch, given the batch's records: on the same
   * runner, so inside the import's transaction when it is all-or-nothing, right after the batch's
   * commit otherwise.
   */
  afterBatch?(run: CypherRunner, records: readonly { get(key: string): unknown }[]): Promise<void>;
  /** Roles that may import this kind over the API when fewer than the importers' usual STEWARD and ADMIN. */
  importers?: readonly Role[];
}

/** A kind's checks across the rows of one file. */
export interface FileCheck<Row> {
  /** Each row that passed its schema and is not a duplicate, in file order. */
  row(row: Row, rowNumber: number, report: ReportProblem): void;
  /** Once the whole file is read and its references resolved: the checks that need every row and the graph. */
  finish?(file: ResolvedFile, report: ReportProblem): Promise<void>;
  /**
   * After `finish`: the rows whose record is stored exactly as the row has it, so writing them
   * would change nothing; the write pass neither parses nor sends them (they count as unchanged).
   */
  storedRows?(): ReadonlySet<number>;
}

/** What validation knows when the file has been read. */
export interface ResolvedFile {
  driver: Driver;
  kindOf: KindsOfIds;
  /** Rows already rejected (schema, duplicate key, references, row checks). */
  rejectedRows: ReadonlySet<number>;
  rules: LevelRules;
  snapshot: boolean;
}

/**
 * A row's write: rows with the same `group` run together through `query`, which reads them as
 * `$rows` (each row's `params`) and the audit context as `$audit`, and returns per `action`
 * (CREATE or UPDATE) the number of `rows` and the `seeds`: entities whose roll-up inputs changed.
 */
export interface RowWrite {
  group: string;
  query: string;
  params: Record<string, unknown>;
}

/** How `--snapshot` end-dates the existing records a complete file no longer lists. */
export interface Snapshot<Check> {
  /** Streams the id and key (as `key` computes it) of every active record the file is compared against. */
  forEachActiveRecord(driver: Driver, file: SnapshotFile<Check>, visit: (id: string, key: string) => void): Promise<void>;
  /** Ends the records `$ids` (with `$audit`); returns action 'END', rows and seeds. */
  endDateQuery: string;
}

export interface SnapshotFile<Check> {
  /** Only existing records whose id (edges: child id) starts with this take part. */
  prefix: string;
  kindOf: KindsOfIds;
  /** What `createFileCheck` made for this file. */
  check: Check;
}

export function defineKind<Row, Check extends FileCheck<Row> | undefined = undefined>(
  kind: ImportKind<Row, Check>,
): ImportKind<Row, Check> {
  return kind;
}
