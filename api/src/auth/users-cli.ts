import { ensureNeo4j } from "@pharmagraph/neo4j-local";
import { createDriver } from "../db/driver.ts";
import { listUsers } from "./user-directory.ts";

/** `npm run users [-- --json]`: the users in the database, with role and token territories. */
const json = process.argv.includes("--json");
const driver = createDriver(await ensureNeo4j());
try {
  const users = await listUsers(driver);
  if (json) {
    console.log(JSON.stringify(users, null, 2));
  } else if (users.length === 0) {
    console.log("No users yet: run `npm run seed -- --scale demo` (or `npm start`).");
  } else {
    for (const u of users) console.log(`${u.id.padEnd(24)} ${u.role.padEnd(8)} ${u.name.padEnd(28)} ${u.territories.join(",")}`);
  }
} finally {
  await driver.close();
}
