/**
 * Named load queries, one per dataset. Every write MERGEs on ids, so re-running a seed (or a
 * retried batch) never duplicates; into an empty database the CREATE variants are used, which
 * skip the existence checks.
 */
import type { DatasetName } from "./datasets.ts";

const affiliation = (child: string, parent: string, create: boolean) => `
UNWIND $rows AS r
MATCH (c:${child} {id: r.child})
MATCH (p:${parent} {id: r.parent})
${create ? "CREATE (c)-[e:AFFILIATED_WITH]->(p)" : "MERGE (c)-[e:AFFILIATED_WITH {id: r.id}]->(p)"}
SET e.id = r.id, e.weight = r.weight, e.primary = r.primary, e.type = r.type, e.influence = r.influence,
    e.validFrom = date(r.validFrom), e.validTo = null, e.source = r.source, e.confidence = r.confidence,
    e.version = coalesce(e.version, 1)`;

const aligned = (label: string, create: boolean) => `
UNWIND $rows AS r
${create ? `CREATE (n:${label} {id: r.id})` : `MERGE (n:${label} {id: r.id})`}
SET n += apoc.map.removeKey(r, 'territory')
WITH n, r
MATCH (t:Territory {id: r.territory})
${create ? "CREATE" : "MERGE"} (n)-[:ALIGNED_TO]->(t)`;

const plain = (label: string, create: boolean) => `
UNWIND $rows AS r
${create ? `CREATE (n:${label} {id: r.id})` : `MERGE (n:${label} {id: r.id})`}
SET n += r`;

export function loadQuery(dataset: DatasetName, create: boolean): string {
  switch (dataset) {
    case "territories": return plain("Territory", create);
    case "networks": return plain("Network", create);
    case "organizations": return plain("Organization", create);
    case "accounts": return aligned("Account", create);
    case "hcps": return aligned("HCP", create);
    case "organizationAffiliations": return affiliation("Organization", "Network", create);
    case "accountAffiliations": return affiliation("Account", "Organization", create);
    case "hcpAffiliations": return affiliation("HCP", "Account", create);
    case "influences": return `
UNWIND $rows AS r
MATCH (a:HCP {id: r.from})
MATCH (b:HCP {id: r.to})
${create ? "CREATE (a)-[e:INFLUENCES]->(b)" : "MERGE (a)-[e:INFLUENCES {id: r.id}]->(b)"}
SET e.id = r.id, e.weight = r.weight, e.type = r.type`;
    case "metrics": return `
UNWIND $rows AS r
MATCH (h:HCP {id: r.entityId})
${create ? "CREATE (m:MetricValue {id: r.id})" : "MERGE (m:MetricValue {id: r.id})"}
SET m += r
${create ? "CREATE" : "MERGE"} (h)-[:HAS_METRIC]->(m)`;
    case "users": return `
UNWIND $rows AS r
MERGE (u:User {id: r.id})
SET u.name = r.name, u.email = r.email, u.role = r.role, u.baseLat = r.baseLat, u.baseLon = r.baseLon
FOREACH (_ IN CASE WHEN r.role = 'REP' THEN [1] ELSE [] END | SET u:Rep)
WITH u, r
CALL (u, r) {
  UNWIND r.covers AS tid MATCH (t:Territory {id: tid}) MERGE (u)-[:COVERS]->(t)
}
CALL (u, r) {
  UNWIND r.manages AS tid MATCH (t:Territory {id: tid}) MERGE (u)-[:MANAGES]->(t)
}`;
  }
}

/** Deletes every node whose id starts with the prefix (all seeded data when it is empty), in batches. */
export const DELETE_BY_PREFIX = `
MATCH (n) WHERE n.id STARTS WITH $prefix
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS`;

export const HAS_SEEDED_DATA = `MATCH (h:HCP) WHERE h.id STARTS WITH $prefix RETURN count(h) > 0 AS seeded LIMIT 1`;
