/** `npm run db:migrate`: applies the schema migrations in cypher/migrations. */
import { migrate } from "../db/migrate.ts";
import { runWithDatabase } from "./run-cli.ts";

runWithDatabase(async (driver) => {
  const { applied, version } = await migrate(driver);
  console.log(
    applied.length ? `Applied migrations ${applied.join(", ")}; schema at version ${version}.` : `Schema up to date at version ${version}.`,
  );
});
