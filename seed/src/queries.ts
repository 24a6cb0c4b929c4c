/**
 * The loader's Cypher, one pair of statements per dataset. Every MERGE variant is keyed on ids,
 * so re-running a seed (or retrying a batch) never duplicates; into an empty database (or id
 * prefix) the CREATE variants skip the existence checks and load about 20% faster. Nodes are
 * written with explicit property lists (no APOC), edges by MATCHing both ends on unique ids.
 */
import type { DatasetName } from "./datasets.ts";

export interface LoadQuery {
  create: string;
  merge: string;
}

const TERRITORY = "r {.id, .name, .region}";
const NETWORK = "r {.id, .name, .kind}";
const ORGANIZATION = "r {.id, .name, .kind, .state}";
const ACCOUNT = "r {.id, .name, .kind, .city, .state, .zip, .lat, .lon}";
const HCP = "r {.id, .npi, .firstName, .lastName, .name, .credential, .specialty, .city, .state, .zip, .lat, .lon}";
const METRIC_VALUE = "r {.id, .entityId, .metric, .period, .value}";
const AFFILIATION_PROPERTIES = `
SET e.weight = r.weight, e.primary = r.primary, e.type = r.type, e.influence = r.influence,
    e.validFrom = date(r.validFrom), e.validTo = null, e.source = r.source, e.confidence = r.confidence,
    e.version = coalesce(e.version, 1)`;

function plainNodes(label: string, properties: string): LoadQuery {
  return {
    create: `UNWIND $rows AS r CREATE (n:${label}) SET n = ${properties}`,
    merge: `UNWIND $rows AS r MERGE (n:${label} {id: r.id}) SET n += ${properties}`,
  };
}

function territoryAlignedNodes(label: string, properties: string): LoadQuery {
  return {
    create: `
UNWIND $rows AS r
MATCH (t:Territory {id: r.territory})
CREATE (n:${label}) SET n = ${properties}
CREATE (n)-[:ALIGNED_TO]->(t)`,
    merge: `
UNWIND $rows AS r
MATCH (t:Territory {id: r.territory})
MERGE (n:${label} {id: r.id}) SET n += ${properties}
MERGE (n)-[:ALIGNED_TO]->(t)`,
  };
}

function affiliations(child: string, parent: string): LoadQuery {
  const ends = `
UNWIND $rows AS r
MATCH (c:${child} {id: r.child})
MATCH (p:${parent} {id: r.parent})`;
  return {
    create: `${ends}\nCREATE (c)-[e:AFFILIATED_WITH {id: r.id}]->(p)${AFFILIATION_PROPERTIES}`,
    merge: `${ends}\nMERGE (c)-[e:AFFILIATED_WITH {id: r.id}]->(p)${AFFILIATION_PROPERTIES}`,
  };
}

const INFLUENCES: LoadQuery = {
  create: `
UNWIND $rows AS r
MATCH (a:HCP {id: r.from})
MATCH (b:HCP {id: r.to})
CREATE (a)-[:INFLUENCES {id: r.id, weight: r.weight, type: r.type}]->(b)`,
  merge: `
UNWIND $rows AS r
MATCH (a:HCP {id: r.from})
MATCH (b:HCP {id: r.to})
MERGE (a)-[e:INFLUENCES {id: r.id}]->(b)
SET e.weight = r.weight, e.type = r.type`,
};

const METRICS: LoadQuery = {
  create: `
UNWIND $rows AS r
MATCH (h:HCP {id: r.entityId})
CREATE (m:MetricValue) SET m = ${METRIC_VALUE}
CREATE (h)-[:HAS_METRIC]->(m)`,
  merge: `
UNWIND $rows AS r
MATCH (h:HCP {id: r.entityId})
MERGE (m:MetricValue {id: r.id}) SET m += ${METRIC_VALUE}
MERGE (h)-[:HAS_METRIC]->(m)`,
};

const TOUCHPOINT = "r {.id, .hcpId, .channel, .stage, at: datetime(r.at), .month, .delivered, .events, .minutes, .campaign}";
const FEEDBACK = "r {.id, .hcpId, .kind, .score, .about, .channel, answeredAt: datetime(r.answeredAt), .month}";

/** Nodes of HCPs' experience, each with its edge `type` to the HCP. */
function ofHcp(label: string, properties: string, type: string): LoadQuery {
  return {
    create: `
UNWIND $rows AS r
MATCH (h:HCP {id: r.hcpId})
CREATE (n:${label}) SET n = ${properties}
CREATE (n)-[:${type}]->(h)`,
    merge: `
UNWIND $rows AS r
MATCH (h:HCP {id: r.hcpId})
MERGE (n:${label} {id: r.id}) SET n += ${properties}
MERGE (n)-[:${type}]->(h)`,
  };
}

/** Users are few and may already exist (created by hand or by the API): always MERGE. */
const USERS = `
UNWIND $rows AS r
MERGE (u:User {id: r.id})
SET u.name = r.name, u.email = r.email, u.role = r.role, u.baseLat = r.baseLat, u.baseLon = r.baseLon
FOREACH (_ IN CASE WHEN r.role = 'REP' THEN [1] ELSE [] END | SET u:Rep)
WITH u, r
CALL (u, r) {
  UNWIND r.covers AS territoryId
  MATCH (t:Territory {id: territoryId})
  MERGE (u)-[:COVERS]->(t)
}
CALL (u, r) {
  UNWIND r.manages AS territoryId
  MATCH (t:Territory {id: territoryId})
  MERGE (u)-[:MANAGES]->(t)
}`;

export const LOAD_QUERIES: Record<DatasetName, LoadQuery> = {
  territories: plainNodes("Territory", TERRITORY),
  networks: plainNodes("Network", NETWORK),
  organizations: plainNodes("Organization", ORGANIZATION),
  accounts: territoryAlignedNodes("Account", ACCOUNT),
  hcps: territoryAlignedNodes("HCP", HCP),
  organizationAffiliations: affiliations("Organization", "Network"),
  accountAffiliations: affiliations("Account", "Organization"),
  hcpAffiliations: affiliations("HCP", "Account"),
  influences: INFLUENCES,
  metrics: METRICS,
  touchpoints: ofHcp("Touchpoint", TOUCHPOINT, "WITH"),
  feedback: ofHcp("Feedback", FEEDBACK, "FROM"),
  users: { create: USERS, merge: USERS },
};

/**
 * Delete the seeded data in batches: every node whose id starts with the prefix, or, with an
 * empty prefix, every node except the schema-migration bookkeeping. Relationships go first, by
 * themselves: that is about 25% faster than detaching them node by node.
 */
export const RESET_STATEMENTS = [
  `MATCH (n)-[r]->() WHERE NOT n:SchemaMigration AND coalesce(n.id, '') STARTS WITH $prefix
   CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS`,
  `MATCH (n) WHERE NOT n:SchemaMigration AND coalesce(n.id, '') STARTS WITH $prefix
   CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS`,
] as const;

/** Whether any node a CREATE load would write already exists under the prefix (index seeks only). */
export const HAS_SEEDED_DATA = `
RETURN EXISTS { MATCH (n:Territory) WHERE n.id STARTS WITH $prefix }
    OR EXISTS { MATCH (n:Network) WHERE n.id STARTS WITH $prefix }
    OR EXISTS { MATCH (n:Organization) WHERE n.id STARTS WITH $prefix }
    OR EXISTS { MATCH (n:Account) WHERE n.id STARTS WITH $prefix }
    OR EXISTS { MATCH (n:HCP) WHERE n.id STARTS WITH $prefix }
    OR EXISTS { MATCH (n:MetricValue) WHERE n.id STARTS WITH $prefix } AS seeded`;
