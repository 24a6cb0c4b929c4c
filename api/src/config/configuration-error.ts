import type { z } from "zod";

/** A setting is missing, malformed or unsafe; the message names the variable and what to do. Processes print it and exit. */
export class ConfigurationError extends Error {}

/** Settings parsed with zod; a problem becomes a ConfigurationError naming each variable (array positions left out). */
export function parseSettings<S extends z.ZodType>(schema: S, value: unknown, what: string): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => {
    const name = issue.path.filter((p) => typeof p === "string").join(".");
    return name ? `${name}: ${issue.message}` : issue.message;
  });
  throw new ConfigurationError(`Invalid ${what}: ${problems.join("; ")}`);
}
