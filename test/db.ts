import { inject } from "vitest";
import type { Driver } from "neo4j-driver";
import { randomUUID } from "node:crypto";
import { createDriver } from "../api/src/db/driver.ts";

/** A driver on the test database of the global setup. Close it in afterAll. */
export function testDriver(): Driver {
  return createDriver(inject("neo4j"));
}

/** A prefix that makes a test's ids unique, so test files run in parallel on one database. */
export function uniquePrefix(name: string): string {
  return `t${randomUUID().slice(0, 8)}-${name}-`;
}
