/**
 * What the affiliation checks and snapshots read from the graph before anything is written.
 * Labels come from the fixed entity-kind table, never from input.
 */
import type { Driver } from "neo4j-driver";
import { streamRecords } from "../../../db/stream-records.ts";
import { toNative } from "../../../db/to-native.ts";
import { KIND_OF, LABEL_OF_KIND, type EntityKind } from "../../../model/entity-kinds.ts";
import type { ExistingAffiliation } from "../../../model/affiliation-rules.ts";

const AFFILIATIONS_OF_CHILDREN = (label: string) => `
UNWIND $ids AS id
MATCH (c:${label} {id: id})-[e:AFFILIATED_WITH]->(p)
RETURN e.id AS id, id AS childId, p.id AS parentId,
       ${KIND_OF("p")} AS parentKind,
       e.weight AS weight, coalesce(e.primary, false) AS primary, e.validFrom AS validFrom, e.validTo AS validTo`;

export async function affiliationsOfChildren(driver: Driver, kind: EntityKind, ids: string[]): Promise<ExistingAffiliation[]> {
  const result = await driver.executeQuery(AFFILIATIONS_OF_CHILDREN(LABEL_OF_KIND[kind]), { ids }, { routing: "READ" });
  return result.records.map((r) => toNative(r.toObject()) as ExistingAffiliation);
}

const SAME_LEVEL_EDGES = (label: string) => `
MATCH (c:${label})-[e:AFFILIATED_WITH]->(p:${label})
WHERE e.validTo IS NULL OR e.validTo >= date()
RETURN c.id AS childId, p.id AS parentId, e.id AS id`;

/** Current and future edges between two entities of the same kind (only these can close a cycle). */
export async function sameLevelEdges(driver: Driver, kind: EntityKind): Promise<{ childId: string; parentId: string; id: string }[]> {
  const result = await driver.executeQuery(SAME_LEVEL_EDGES(LABEL_OF_KIND[kind]), {}, { routing: "READ" });
  return result.records.map((r) => r.toObject() as { childId: string; parentId: string; id: string });
}

const ACTIVE_AFFILIATIONS_BETWEEN = (child: string, parent: string) => `
MATCH (c:${child})-[e:AFFILIATED_WITH]->(p:${parent})
WHERE c.id STARTS WITH $prefix AND (e.validTo IS NULL OR e.validTo >= date())
RETURN e.id AS id, c.id + '|' + p.id + '|' + toString(e.validFrom) AS key`;

/** Streams id and key (child, parent, valid_from) of the current and future edges from `child` to `parent` entities whose child id starts with `prefix`. */
export async function forEachActiveAffiliation(
  driver: Driver,
  child: EntityKind,
  parent: EntityKind,
  prefix: string,
  visit: (id: string, key: string) => void,
): Promise<void> {
  await streamRecords(driver, ACTIVE_AFFILIATIONS_BETWEEN(LABEL_OF_KIND[child], LABEL_OF_KIND[parent]), { prefix }, (r) =>
    visit(r.get("id") as string, r.get("key") as string),
  );
}
