import { parseArgs } from "node:util";
import { Presets, SingleBar } from "cli-progress";
import { z } from "zod";
import { createDriver } from "@pharmagraph/api/db/driver.ts";
import { ensureNeo4j, MissingPrerequisiteError } from "@pharmagraph/neo4j-local";
import { importDatabase } from "./import/import-database.ts";
import { scaleNameSchema } from "./scales.ts";
import { seedDatabase, type SeedProgress } from "./seed-database.ts";
import type { SeedSummary } from "./summary.ts";

const USAGE = `usage: npm run seed -- --scale tiny|demo|us [--seed <n>] [--reset] [--method unwind|import]
                        [--prefix <id prefix>] [--batch <rows>] [--concurrency <n>] [--skip-field] [--json]
  --scale        tiny (200 HCPs), demo (20k HCPs) or us (1M HCPs)
  --seed         random seed, 0..2147483647 (default 42); the same seed always gives the same data
  --reset        delete the seeded data (under --prefix) first; without it a re-run MERGEs (idempotent)
  --method       unwind (default): batched transactions into any server;
                 import: CSV files + offline importer, replaces the local launcher's whole database
  --prefix       prefixed to every id (default none)
  --batch        rows per transaction (default 10000)
  --concurrency  write transactions in flight (default 2)
  --skip-field   only the base data: no scores, call plans, activities or survey answers
  --json         print the summary as one JSON line on stdout`;

const wholeNumber = (min: number, max: number) =>
  z.string().regex(/^\d+$/, "expected a whole number").transform(Number).pipe(z.number().min(min).max(max));

const argsSchema = z.object({
  scale: scaleNameSchema,
  seed: wholeNumber(0, 2 ** 31 - 1).default(42),
  reset: z.boolean().default(false),
  method: z.enum(["unwind", "import"]).default("unwind"),
  prefix: z
    .string()
    .regex(/^[A-Za-z0-9_-]*$/, "letters, digits, '-' and '_' only")
    .default(""),
  batch: wholeNumber(100, 100_000).default(10_000),
  concurrency: wholeNumber(1, 8).default(2),
  "skip-field": z.boolean().default(false),
  json: z.boolean().default(false),
});

/** The validated options, or undefined after printing what is wrong. */
function parseCommandLine(argv: string[]): z.infer<typeof argsSchema> | undefined {
  let values: Record<string, unknown>;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        scale: { type: "string" },
        seed: { type: "string" },
        reset: { type: "boolean" },
        method: { type: "string" },
        prefix: { type: "string" },
        batch: { type: "string" },
        concurrency: { type: "string" },
        "skip-field": { type: "boolean" },
        json: { type: "boolean" },
      },
    }));
  } catch (err) {
    console.error((err as Error).message);
    return undefined;
  }
  const parsed = argsSchema.safeParse(values);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) console.error(`--${issue.path.join(".")}: ${issue.message}`);
  return undefined;
}

/** One progress bar per phase on stderr (also readable in non-interactive logs); `log` ends the current bar. */
function progressBars(): SeedProgress & { stop: () => void; log: (line: string) => void } {
  let bar: SingleBar | undefined;
  const stop = () => {
    bar?.stop();
    bar = undefined;
  };
  return {
    onPhase: (_, label, total) => {
      stop();
      bar = new SingleBar(
        {
          format: `${label.padEnd(26)} {bar} {percentage}% | {value}/{total} | {duration_formatted}`,
          stream: process.stderr,
          noTTYOutput: true,
          notTTYSchedule: 5000,
        },
        Presets.shades_classic,
      );
      bar.start(total, 0);
    },
    onProgress: (_, done) => bar?.update(done),
    stop,
    log: (line) => {
      stop();
      console.error(line);
    },
  };
}

function printSummary(summary: SeedSummary): void {
  console.log(
    `Seeded ${summary.scale} (seed ${summary.seed}) in ${summary.totalSeconds} s, ${summary.method}/${summary.mode}, peak RSS ${summary.peakRssMb} MB`,
  );
  for (const [name, count] of Object.entries(summary.rows)) console.log(`  ${name.padEnd(26)} ${String(count).padStart(10)} rows`);
  for (const [phase, seconds] of Object.entries(summary.seconds)) console.log(`  ${phase.padEnd(26)} ${seconds.toFixed(2).padStart(10)} s`);
}

async function main(): Promise<void> {
  const args = parseCommandLine(process.argv.slice(2));
  if (!args) {
    console.error(USAGE);
    process.exitCode = 2;
    return;
  }
  const progress = progressBars();
  try {
    let summary: SeedSummary;
    if (args.method === "import") {
      console.error(`Importing scale ${args.scale} (seed ${args.seed}) into the local server; its database is replaced`);
      summary = await importDatabase({
        scale: args.scale,
        seed: args.seed,
        idPrefix: args.prefix,
        field: !args["skip-field"],
        ...progress,
      });
    } else {
      const connection = await ensureNeo4j(undefined, progress.log);
      const driver = createDriver(connection);
      try {
        console.error(`Seeding scale ${args.scale} (seed ${args.seed}) into ${connection.uri}${args.reset ? " after a reset" : ""}`);
        summary = await seedDatabase(driver, {
          scale: args.scale,
          seed: args.seed,
          reset: args.reset,
          idPrefix: args.prefix,
          batchSize: args.batch,
          concurrency: args.concurrency,
          field: !args["skip-field"],
          ...progress,
        });
      } finally {
        await driver.close();
      }
    }
    progress.stop();
    if (args.json) console.log(JSON.stringify(summary));
    else printSummary(summary);
  } finally {
    progress.stop();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof MissingPrerequisiteError ? err.message : err);
  process.exitCode = 1;
});
