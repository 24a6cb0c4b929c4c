import { LABEL_OF_KIND, type EntityKind } from "../../../model/entity-kinds.ts";
import { defineKind, type ColumnDoc, type ImportKind, type KindName } from "../kind.ts";
import { defined } from "../write-helpers.ts";
import { forEachActiveEntity } from "./graph-lookups.ts";
import { entityEndDate, entityUpsert } from "./write-queries.ts";

/** An import kind holding the entities of one hierarchy level. */
export interface EntityKindSpec<Row extends { id: string }> {
  name: KindName;
  entity: EntityKind;
  summary: string;
  required: readonly ColumnDoc[];
  optional: readonly ColumnDoc[];
  schema: ImportKind<Row>["schema"];
  example: Record<string, string>;
  /** The node's properties; undefined ones keep their stored value. */
  props(row: Row): Record<string, unknown>;
}

/** Entities are keyed by id, refer to nothing, and a snapshot end-dates the ones of their level a file omits. */
export function defineEntityKind<Row extends { id: string }>(spec: EntityKindSpec<Row>): ImportKind<Row> {
  const label = LABEL_OF_KIND[spec.entity];
  const upsert = entityUpsert(label);
  return defineKind<Row>({
    name: spec.name,
    summary: spec.summary,
    required: spec.required,
    optional: spec.optional,
    schema: spec.schema,
    example: spec.example,
    key: (r) => r.id,
    keyColumns: ["id"],
    references: () => [],
    write: (r) => ({ group: spec.name, query: upsert, params: { id: r.id, props: defined(spec.props(r)) } }),
    snapshot: {
      forEachActiveRecord: (driver, { prefix }, visit) => forEachActiveEntity(driver, label, prefix, (id) => visit(id, id)),
      endDateQuery: entityEndDate(label),
    },
  });
}
