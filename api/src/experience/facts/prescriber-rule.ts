/**
 * Who counts as a prescriber for the retention rate: an HCP whose own value of `metric` in a
 * quarter is above `threshold`. Set with CX_PRESCRIBER_METRIC (default TRX) and
 * CX_PRESCRIBER_THRESHOLD (default 0); the quarter lists are rebuilt under the rule in force.
 */
import { z } from "zod";
import { parseSettings } from "../../config/configuration-error.ts";
import { METRICS } from "../../model/vocabulary.ts";

const ruleSchema = z.object({
  CX_PRESCRIBER_METRIC: z.enum(METRICS).default("TRX"),
  CX_PRESCRIBER_THRESHOLD: z.coerce.number().min(0).default(0),
});

export interface PrescriberRule {
  metric: string;
  threshold: number;
}

export function prescriberRule(env: NodeJS.ProcessEnv = process.env): PrescriberRule {
  const s = parseSettings(
    ruleSchema,
    { CX_PRESCRIBER_METRIC: env.CX_PRESCRIBER_METRIC || undefined, CX_PRESCRIBER_THRESHOLD: env.CX_PRESCRIBER_THRESHOLD || undefined },
    "prescriber rule",
  );
  return { metric: s.CX_PRESCRIBER_METRIC, threshold: s.CX_PRESCRIBER_THRESHOLD };
}
