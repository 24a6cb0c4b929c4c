import neo4j, { type Driver } from "neo4j-driver";
import type { Neo4jConnection } from "./connection.ts";

/** One driver per process; `neo4j://` URIs route reads to secondaries in a cluster. */
export function createDriver(conn: Neo4jConnection): Driver {
  return neo4j.driver(conn.uri, neo4j.auth.basic(conn.user, conn.password), {
    disableLosslessIntegers: false,
    maxConnectionPoolSize: Number(process.env.NEO4J_POOL_SIZE ?? 50),
  });
}
