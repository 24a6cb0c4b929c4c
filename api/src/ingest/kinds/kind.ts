import type { z } from "zod";
import type { EntityKind } from "../../model/entity-kinds.ts";

export const KIND_NAMES = ["hcps", "accounts", "organizations", "networks", "affiliations", "influences", "metrics", "territories", "users"] as const;
export type KindName = (typeof KIND_NAMES)[number];

/** What an id in the graph can be; ingestion looks ids up by these. */
export type NodeKind = EntityKind | "TERRITORY";

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

/** One importable kind: its columns, row schema, identity and references. Writes live in write-queries.ts. */
export interface ImportKind<Row = unknown> {
  name: KindName;
  summary: string;
  required: readonly ColumnDoc[];
  optional: readonly ColumnDoc[];
  schema: z.ZodType<Row>;
  /** Identity within the file: two rows with the same key are duplicates. */
  key(row: Row): string;
  keyColumns: readonly string[];
  references(row: Row): Reference[];
  /** Whether `--snapshot` applies (kinds with effective dating only). */
  snapshot: boolean;
  /** A sample row for the template file, in column order (required, then optional). */
  example: Record<string, string>;
}

export function defineKind<Row>(kind: ImportKind<Row>): ImportKind<Row> {
  return kind;
}
