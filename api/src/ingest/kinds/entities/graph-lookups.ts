import type { Driver } from "neo4j-driver";
import { streamRecords } from "../../../db/stream-records.ts";

const ACTIVE_ENTITY_IDS = (label: string) => `MATCH (n:${label}) WHERE n.id STARTS WITH $prefix AND n.validTo IS NULL RETURN n.id AS id`;

/** Streams the ids of the entities with `label` that are not end-dated and whose id starts with `prefix`. */
export async function forEachActiveEntity(driver: Driver, label: string, prefix: string, visit: (id: string) => void): Promise<void> {
  await streamRecords(driver, ACTIVE_ENTITY_IDS(label), { prefix }, (r) => visit(r.get("id") as string));
}
