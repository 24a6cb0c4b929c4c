/**
 * Read-only questions ingestion asks the graph before writing anything: which kind an id is,
 * a child's existing affiliations, same-level edges (for cycle checks) and what a snapshot would
 * end-date. Labels come from fixed maps, never from input.
 */
import type { Driver } from "neo4j-driver";
import { streamRecords } from "../db/stream-records.ts";
import { toNative } from "../db/to-native.ts";
import { KIND_OF, LABEL_OF_KIND as LABEL_OF, type EntityKind } from "../model/entity-kinds.ts";
import type { NodeKind } from "./kinds/index.ts";


const LABEL_OF_NODE_KIND: Record<NodeKind, string> = { ...LABEL_OF, TERRITORY: "Territory" };
const FIND_IDS = (label: string) => `UNWIND $ids AS id MATCH (n:${label} {id: id}) RETURN n.id AS id`;

/**
 * The kind of each id that exists among `kinds` (ids absent from the map do not exist). Looks in
 * one label after the other, each time only for the ids not found yet: one index seek per id in
 * the common case instead of one per label.
 */
export async function kindsOfIds(driver: Driver, ids: string[], kinds: readonly NodeKind[]): Promise<Map<string, NodeKind>> {
  const found = new Map<string, NodeKind>();
  let remaining = ids;
  for (const kind of kinds) {
    if (remaining.length === 0) break;
    const result = await driver.executeQuery(FIND_IDS(LABEL_OF_NODE_KIND[kind]), { ids: remaining }, { routing: "READ" });
    for (const r of result.records) found.set(r.get("id") as string, kind);
    remaining = remaining.filter((id) => !found.has(id));
  }
  return found;
}

export interface ExistingAffiliation {
  id: string;
  childId: string;
  parentId: string;
  parentKind: EntityKind;
  weight: number;
  primary: boolean;
  validFrom: string | null;
  validTo: string | null;
}

const AFFILIATIONS_OF_CHILDREN = (label: string) => `
UNWIND $ids AS id
MATCH (c:${label} {id: id})-[e:AFFILIATED_WITH]->(p)
RETURN e.id AS id, id AS childId, p.id AS parentId,
       ${KIND_OF("p")} AS parentKind,
       e.weight AS weight, coalesce(e.primary, false) AS primary, e.validFrom AS validFrom, e.validTo AS validTo`;

export async function affiliationsOfChildren(driver: Driver, kind: EntityKind, ids: string[]): Promise<ExistingAffiliation[]> {
  const result = await driver.executeQuery(AFFILIATIONS_OF_CHILDREN(LABEL_OF[kind]), { ids }, { routing: "READ" });
  return result.records.map((r) => toNative(r.toObject()) as ExistingAffiliation);
}

const SAME_LEVEL_EDGES = (label: string) => `
MATCH (c:${label})-[e:AFFILIATED_WITH]->(p:${label})
WHERE e.validTo IS NULL OR e.validTo >= date()
RETURN c.id AS childId, p.id AS parentId, e.id AS id`;

/** Current and future edges between two entities of the same kind (only these can close a cycle). */
export async function sameLevelEdges(driver: Driver, kind: EntityKind): Promise<{ childId: string; parentId: string; id: string }[]> {
  const result = await driver.executeQuery(SAME_LEVEL_EDGES(LABEL_OF[kind]), {}, { routing: "READ" });
  return result.records.map((r) => r.toObject() as { childId: string; parentId: string; id: string });
}

const ACTIVE_ENTITY_IDS = (label: string) => `MATCH (n:${label}) WHERE n.id STARTS WITH $prefix AND n.validTo IS NULL RETURN n.id AS id`;

const ACTIVE_AFFILIATIONS_BETWEEN = (child: string, parent: string) => `
MATCH (c:${child})-[e:AFFILIATED_WITH]->(p:${parent})
WHERE c.id STARTS WITH $prefix AND (e.validTo IS NULL OR e.validTo >= date())
RETURN e.id AS id, c.id + '|' + p.id + '|' + toString(e.validFrom) AS key`;

/**
 * Streams `{id, key}` of the records a snapshot compares against (key: the kind's identity):
 * entities, or affiliations by their child, whose id starts with `prefix` ("" for all).
 */
export async function forEachActiveRecord(
  driver: Driver,
  scope: { entity: EntityKind } | { child: EntityKind; parent: EntityKind },
  prefix: string,
  visit: (id: string, key: string) => void,
): Promise<void> {
  const query = "entity" in scope ? ACTIVE_ENTITY_IDS(LABEL_OF[scope.entity]) : ACTIVE_AFFILIATIONS_BETWEEN(LABEL_OF[scope.child], LABEL_OF[scope.parent]);
  await streamRecords(driver, query, { prefix }, (r) => {
    const id = r.get("id") as string;
    visit(id, "entity" in scope ? id : (r.get("key") as string));
  });
}
