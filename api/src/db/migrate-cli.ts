import { ensureNeo4j } from "@pharmagraph/neo4j-local";
import { createDriver } from "./driver.ts";
import { migrate } from "./migrate.ts";

const driver = createDriver(await ensureNeo4j());
try {
  const { applied, version } = await migrate(driver);
  console.log(applied.length ? `Applied migrations ${applied.join(", ")}; schema at version ${version}.` : `Schema up to date at version ${version}.`);
} finally {
  await driver.close();
}
