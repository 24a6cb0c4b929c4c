/** `npm run users [-- --json]`: the users in the database, with role and token territories. */
import { z } from "zod";
import { listUsers } from "../auth/user-directory.ts";
import { readCommandLine, runWithDatabase } from "./run-cli.ts";

const args = readCommandLine({
  usage: "usage: npm run users [-- --json]",
  options: { json: { type: "boolean" } },
  schema: z.object({ json: z.boolean().default(false) }),
});

runWithDatabase(async (driver) => {
  const users = await listUsers(driver);
  if (args.json) console.log(JSON.stringify(users, null, 2));
  else if (users.length === 0) console.log("No users yet: run `npm run seed -- --scale demo` (or `npm start`).");
  else for (const u of users) console.log(`${u.id.padEnd(24)} ${u.role.padEnd(8)} ${u.name.padEnd(28)} ${u.territories.join(",")}`);
});
