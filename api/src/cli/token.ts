/** `npm run token -- --user <id> [--expires 8h]`: prints a signed development token for a user. */
import { z } from "zod";
import { authConfigFromEnv } from "../auth/auth-config.ts";
import { issueToken } from "../auth/token-issuer.ts";
import { claimsFor, findUser } from "../auth/user-directory.ts";
import { readCommandLine, runWithDatabase } from "./run-cli.ts";

const args = readCommandLine({
  usage: "usage: npm run token -- --user <id> [--expires 8h]   (list ids with `npm run users`)",
  options: { user: { type: "string" }, expires: { type: "string" } },
  schema: z.object({ user: z.string({ error: "is required" }).min(1), expires: z.string().default("8h") }),
});
const config = authConfigFromEnv();
if (config.kind !== "secret") {
  console.error("AUTH_JWKS_URL is set: tokens come from your identity provider, not from this command.");
  process.exit(2);
}

runWithDatabase(async (driver) => {
  const user = await findUser(driver, args.user);
  if (!user) {
    console.error(`No user ${args.user}; list them with \`npm run users\`.`);
    return 1;
  }
  console.log(
    await issueToken(claimsFor(user), config.secret, { expiresIn: args.expires, issuer: config.issuer, audience: config.audience }),
  );
});
