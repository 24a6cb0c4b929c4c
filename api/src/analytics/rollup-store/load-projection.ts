import type { Driver } from "neo4j-driver";
import { streamRecords } from "../../db/stream-records.ts";
import { HierarchyProjection } from "../rollup/projection.ts";
import { PROJECTION_EDGES } from "./queries.ts";

/** Streams every hierarchy edge into a fresh in-process projection (10k records per fetch). */
export async function loadProjection(driver: Driver): Promise<HierarchyProjection> {
  const projection = new HierarchyProjection();
  await streamRecords(driver, PROJECTION_EDGES, {}, (r) => {
    const child = r.get("child") as string;
    const parent = r.get("parent") as string;
    if (!projection.hasNode(child)) projection.addNode(child, Number(r.get("childLevel")));
    if (!projection.hasNode(parent)) projection.addNode(parent, Number(r.get("parentLevel")));
    projection.addEdge({
      id: r.get("id") as string,
      child,
      parent,
      weight: r.get("weight") as number,
      validFrom: r.get("validFrom") as string | null,
      validTo: r.get("validTo") as string | null,
    });
  });
  return projection;
}
