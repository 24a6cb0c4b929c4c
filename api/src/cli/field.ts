/**
 * `npm run field -- rebuild-facts [--batch 2000]`: deletes and recomputes every reporting fact from
 * the activities (docs/FIELD.md, Reporting): after a seed, a load that bypassed the write path, or
 * a realignment. Prints the counts as JSON.
 */
import { z } from "zod";
import { rebuildFacts } from "../field/reporting/rebuild-facts.ts";
import { readCommandLine, runWithDatabase } from "./run-cli.ts";

const args = readCommandLine({
  usage: "usage: npm run field -- rebuild-facts [--batch <keys per transaction, default 2000>]",
  positionals: ["command"],
  options: { batch: { type: "string" } },
  schema: z.strictObject({
    command: z.literal("rebuild-facts"),
    batch: z.string().regex(/^\d+$/).transform(Number).pipe(z.number().min(1).max(50_000)).optional(),
  }),
});

runWithDatabase(
  async (driver) => {
    const outcome = await rebuildFacts(driver, { batchSize: args.batch, log: (line) => console.error(line) });
    console.log(JSON.stringify(outcome));
  },
  { migrate: true },
);
