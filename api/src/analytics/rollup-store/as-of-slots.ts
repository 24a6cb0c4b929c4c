import { z } from "zod";
import { ConcurrencySlots } from "../../graphql/concurrency-slots.ts";
import { DomainError, ErrorCode } from "../../graphql/errors.ts";

/** Whole-hierarchy as-of roll-ups one API instance computes at once (MAX_CONCURRENT_AS_OF_ROLLUPS): each holds the hierarchy in memory. */
export const MAX_CONCURRENT_AS_OF_ROLLUPS = z.coerce.number().int().positive().default(1).parse(process.env.MAX_CONCURRENT_AS_OF_ROLLUPS);

const slots = new ConcurrencySlots(
  MAX_CONCURRENT_AS_OF_ROLLUPS,
  (running) =>
    new DomainError(
      ErrorCode.RATE_LIMITED,
      `This API instance is already computing ${running} as-of roll-up(s) over the whole hierarchy (MAX_CONCURRENT_AS_OF_ROLLUPS); retry shortly, or leave asOf out for the materialized values.`,
      { retryAfterSeconds: 5 },
    ),
);

/** Runs a whole-hierarchy as-of computation, or refuses it with RATE_LIMITED while the instance already runs as many as it may. */
export function inAsOfSlot<T>(compute: () => Promise<T>): Promise<T> {
  return slots.run(compute);
}
