import { parseArgs } from "node:util";
import { SingleBar, Presets } from "cli-progress";
import { z } from "zod";
import { ensureNeo4j, MissingPrerequisiteError } from "@pharmagraph/neo4j-local";
import { createDriver } from "@pharmagraph/api/db/driver.ts";
import { seedDatabase } from "./seed-database.ts";
import { scaleNameSchema } from "./scales.ts";

const USAGE = "usage: npm run seed -- --scale tiny|demo|us [--seed <n>] [--reset] [--prefix <id prefix>] [--batch <rows>] [--json]";

const argsSchema = z.object({
  scale: scaleNameSchema,
  seed: z.coerce.number().int().min(0).max(2 ** 31 - 1).default(42),
  reset: z.boolean().default(false),
  prefix: z.string().regex(/^[A-Za-z0-9_-]*$/, "letters, digits, '-' and '_' only").default(""),
  batch: z.coerce.number().int().min(100).max(100_000).default(10_000),
  json: z.boolean().default(false),
});

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      scale: { type: "string" }, seed: { type: "string" }, reset: { type: "boolean" },
      prefix: { type: "string" }, batch: { type: "string" }, json: { type: "boolean" },
    },
  });
  const parsed = argsSchema.safeParse(values);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) console.error(`--${issue.path.join(".")}: ${issue.message}`);
    console.error(USAGE);
    process.exitCode = 2;
    return;
  }
  const args = parsed.data;
  const connection = await ensureNeo4j(undefined, (line) => console.error(line));
  const driver = createDriver(connection);
  let bar: SingleBar | undefined;
  try {
    console.error(`Seeding scale ${args.scale} (seed ${args.seed}) into ${connection.uri}${args.reset ? " after a reset" : ""}`);
    const summary = await seedDatabase(driver, {
      scale: args.scale, seed: args.seed, reset: args.reset, idPrefix: args.prefix, batchSize: args.batch,
      onPhase: (_, label, total) => {
        bar?.stop();
        bar = new SingleBar({ format: `${label.padEnd(24)} {bar} {percentage}% | {value}/{total} | {duration_formatted}`, stream: process.stderr, noTTYOutput: true, notTTYSchedule: 5000 }, Presets.shades_classic);
        bar.start(total, 0);
      },
      onProgress: (_, done) => bar?.update(done),
    });
    bar?.stop();
    if (args.json) console.log(JSON.stringify(summary));
    else {
      console.log(`Seeded ${args.scale} in ${summary.totalSeconds} s (${summary.mode} mode, peak RSS ${summary.peakRssMb} MB):`);
      for (const [name, count] of Object.entries(summary.rows)) console.log(`  ${name.padEnd(26)} ${String(count).padStart(10)}  ${summary.seconds[name as keyof typeof summary.seconds]} s`);
    }
  } finally {
    bar?.stop();
    await driver.close();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof MissingPrerequisiteError ? err.message : err);
  process.exitCode = 1;
});
