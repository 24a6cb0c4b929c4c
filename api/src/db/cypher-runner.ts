import type { Driver, ManagedTransaction, RecordShape, Record as Neo4jRecord } from "neo4j-driver";

/**
 * Runs one Cypher statement and returns its records: the one way code that works both inside a
 * caller's transaction and on its own takes the database.
 */
export type CypherRunner = (query: string, params: Record<string, unknown>) => Promise<Neo4jRecord<RecordShape>[]>;

/** Each statement auto-committed on its own; `READ` routes it to a reader in a cluster. */
export function driverRunner(driver: Driver, routing: "READ" | "WRITE" = "WRITE"): CypherRunner {
  return async (query, params) => (await driver.executeQuery(query, params, { routing })).records;
}

/** Statements inside the caller's transaction. */
export function transactionRunner(tx: ManagedTransaction): CypherRunner {
  return async (query, params) => (await tx.run(query, params)).records;
}
