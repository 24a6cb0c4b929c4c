import type { TestProject } from "vitest/node";
import { createDriver } from "../api/src/db/driver.ts";
import { migrate } from "../api/src/db/migrate.ts";
import { startTestDatabase } from "./neo4j-for-tests.ts";

declare module "vitest" {
  export interface ProvidedContext {
    neo4j: { uri: string; user: string; password: string };
  }
}

/** Runs once for the integration and browser projects: one real Neo4j, schema applied. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const db = await startTestDatabase((line) => console.log(`[neo4j] ${line}`));
  const driver = createDriver(db.connection);
  try {
    await migrate(driver);
  } finally {
    await driver.close();
  }
  const { uri, user, password } = db.connection;
  project.provide("neo4j", { uri, user, password });
  return db.stop;
}
