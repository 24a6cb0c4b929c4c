/**
 * Read-only questions ingestion asks the graph before writing anything. Labels come from fixed
 * maps, never from input.
 */
import type { Driver } from "neo4j-driver";
import { LABEL_OF_KIND } from "../model/entity-kinds.ts";
import type { NodeKind } from "./kinds/kind.ts";

const LABEL_OF_NODE_KIND: Record<NodeKind, string> = { ...LABEL_OF_KIND, TERRITORY: "Territory" };
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
