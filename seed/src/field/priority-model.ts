/**
 * The seed's default HCP scoring model: prescribing potential, current prescriptions and
 * influence within the specialty, segmented into deciles (D1 = the top tenth), which the seeded
 * call plans visit at FIELD.frequencies. Deciles keep the share of each segment fixed whether or
 * not influence measures exist (a seed under a prefix does not compute them).
 */
import { type ScoringModel, scoringModelSchema } from "@pharmagraph/api/analytics/scoring/model.ts";

/** The model, reading metric values of `period` (the newest quarter of the seed). */
export function priorityModel(name: string, period: string): ScoringModel {
  return scoringModelSchema.parse({
    name,
    description: "Seeded default: potential, prescriptions and influence within the specialty; deciles",
    components: [
      {
        key: "potential",
        label: "Potential",
        source: { kind: "rollup", metric: "POTENTIAL", period },
        transform: { kind: "percentile" },
        weight: 0.45,
      },
      { key: "trx", label: "TRx", source: { kind: "rollup", metric: "TRX", period }, transform: { kind: "percentile" }, weight: 0.35 },
      {
        key: "influence",
        label: "Influence",
        source: { kind: "influence", measure: "influencePercentile" },
        transform: { kind: "percentile" },
        weight: 0.2,
      },
    ],
    segmentation: { kind: "deciles" },
    flags: [{ flag: "KOL", when: { measure: "influence", op: ">=", value: 95 } }],
  });
}
