/**
 * `npm run -s route -- --in <file.json> [--json] [--seed N]`: one closed tour from a home through
 * every stop. Input `{"home": {"lat", "lon"}, "stops": [{"id", "lat", "lon"}]}`; prints
 * `{"order": [ids...], "distanceKm": n}` with --json, a readable list otherwise. No database.
 */
import { readFileSync } from "node:fs";
import { z } from "zod";
import { singleTourInputSchema, solveSingleTour } from "../field/routing/single-tour.ts";
import { readCommandLine } from "./run-cli.ts";

const args = readCommandLine({
  usage: "usage: npm run -s route -- --in <file.json> [--json] [--seed N]",
  options: { in: { type: "string" }, json: { type: "boolean" }, seed: { type: "string" } },
  schema: z.object({
    in: z.string().min(1),
    json: z.boolean().default(false),
    seed: z.coerce.number().int().nonnegative().default(1),
  }),
});

function readInput(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch (err) {
    console.error(`${file}: ${(err as Error).message}`);
    process.exit(2);
  }
}

const parsed = singleTourInputSchema.safeParse(readInput(args.in));
if (!parsed.success) {
  for (const issue of parsed.error.issues) console.error(`${args.in}: ${issue.path.join(".") || "input"}: ${issue.message}`);
  process.exit(2);
}
const tour = solveSingleTour(parsed.data, { seed: args.seed });
if (args.json) console.log(JSON.stringify(tour));
else {
  for (const [i, id] of tour.order.entries()) console.log(`${String(i + 1).padStart(4)}  ${id}`);
  console.log(`closed tour from home: ${tour.order.length} stops, ${tour.distanceKm.toFixed(2)} km`);
}
