import { parseArgs } from "node:util";
import { ensureNeo4j } from "@pharmagraph/neo4j-local";
import { createDriver } from "../db/driver.ts";
import { authConfigFromEnv } from "./auth-config.ts";
import { issueToken } from "./token-issuer.ts";
import { claimsFor, findUser } from "./user-directory.ts";

/** `npm run token -- --user <id> [--expires 8h]`: prints a signed development token for a user. */
const { values } = parseArgs({ options: { user: { type: "string" }, expires: { type: "string", default: "8h" } } });
if (!values.user) {
  console.error("usage: npm run token -- --user <id> [--expires 8h]   (list ids with `npm run users`)");
  process.exit(2);
}
const config = authConfigFromEnv();
if (config.kind !== "secret") {
  console.error("AUTH_JWKS_URL is set: tokens come from your identity provider, not from this command.");
  process.exit(2);
}
const driver = createDriver(await ensureNeo4j());
try {
  const user = await findUser(driver, values.user);
  if (!user) {
    console.error(`No user ${values.user}; list them with \`npm run users\`.`);
    process.exitCode = 1;
  } else {
    console.log(await issueToken(claimsFor(user), config.secret, { expiresIn: values.expires, issuer: config.issuer, audience: config.audience }));
  }
} finally {
  await driver.close();
}
