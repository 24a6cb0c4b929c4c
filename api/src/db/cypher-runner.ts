import type { Driver, ManagedTransaction } from "neo4j-driver";
import type { CypherRunner } from "../analytics/rollup-store/refresh.ts";

/** A runner of auto-committed queries, or of statements inside one transaction. */
export function driverRunner(driver: Driver): CypherRunner {
  return async (query, params) => (await driver.executeQuery(query, params)).records;
}

export function transactionRunner(tx: ManagedTransaction): CypherRunner {
  return async (query, params) => (await tx.run(query, params)).records;
}
