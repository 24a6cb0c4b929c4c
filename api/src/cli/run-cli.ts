/**
 * What every command of `npm run <command>` shares: a command line checked with zod (problems
 * and usage on stderr, exit code 2), one driver on `NEO4J_URI` (schema migrated first when
 * asked), closed at the end whatever happens, and exit code 1 with a plain message on failure.
 */
import { parseArgs, type ParseArgsConfig } from "node:util";
import { GraphQLError } from "graphql";
import type { Driver } from "neo4j-driver";
import type { z } from "zod";
import { ConfigurationError } from "../config/configuration-error.ts";
import { connectionFromEnv } from "../db/connection.ts";
import { createDriver } from "../db/driver.ts";
import { migrate } from "../db/migrate.ts";
import { DomainError } from "../graphql/errors.ts";

export interface CommandLine<S extends z.ZodType> {
  usage: string;
  options: NonNullable<ParseArgsConfig["options"]>;
  /** Names given to the positional arguments, in order, for the schema. */
  positionals?: readonly string[];
  schema: S;
}

/** The parsed command line, or exit code 2 after printing what is wrong and the usage. */
export function readCommandLine<S extends z.ZodType>(spec: CommandLine<S>, argv = process.argv.slice(2)): z.infer<S> {
  try {
    const { values, positionals } = parseArgs({ args: argv, options: spec.options, allowPositionals: (spec.positionals?.length ?? 0) > 0 });
    const named = Object.fromEntries((spec.positionals ?? []).map((name, i) => [name, positionals[i]]));
    const parsed = spec.schema.safeParse({ ...values, ...named });
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues) console.error(`${issue.path.join(".") || "arguments"}: ${issue.message}`);
  } catch (err) {
    console.error((err as Error).message);
  }
  console.error(spec.usage);
  process.exit(2);
}

/**
 * Runs a command against the database. The command's return value becomes the exit code
 * (default 0); an error is printed and exits with 1.
 */
export function runWithDatabase(
  command: (driver: Driver) => Promise<number | undefined | unknown>,
  opts: { migrate?: boolean } = {},
): void {
  const run = async () => {
    const driver = createDriver(connectionFromEnv());
    try {
      if (opts.migrate) await migrate(driver);
      const code = await command(driver);
      process.exitCode = typeof code === "number" ? code : 0;
    } finally {
      await driver.close();
    }
  };
  run().catch((err: unknown) => {
    // Errors raised on purpose (bad configuration, nothing to retry, not found) print their message; anything else its stack.
    const expected = err instanceof ConfigurationError || err instanceof DomainError || err instanceof GraphQLError;
    console.error(expected ? err.message : err);
    process.exitCode = 1;
  });
}
