import type { Driver } from "neo4j-driver";
import { HierarchyProjection } from "../rollup/projection.ts";
import { PROJECTION_EDGES } from "./queries.ts";

/** Streams every hierarchy edge into a fresh in-process projection (10k records per fetch). */
export async function loadProjection(driver: Driver): Promise<HierarchyProjection> {
  const projection = new HierarchyProjection();
  const session = driver.session({ defaultAccessMode: "READ", fetchSize: 10_000 });
  try {
    await new Promise<void>((resolve, reject) => {
      session.run(PROJECTION_EDGES).subscribe({
        onNext: (r) => {
          const child = r.get("child") as string;
          const parent = r.get("parent") as string;
          if (!projection.hasNode(child)) projection.addNode(child, Number(r.get("childLevel")));
          if (!projection.hasNode(parent)) projection.addNode(parent, Number(r.get("parentLevel")));
          projection.addEdge({ id: r.get("id") as string, child, parent, weight: r.get("weight") as number, validFrom: r.get("validFrom"), validTo: r.get("validTo") });
        },
        onCompleted: () => resolve(),
        onError: reject,
      });
    });
  } finally {
    await session.close();
  }
  return projection;
}
