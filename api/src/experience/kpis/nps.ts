/**
 * Net Promoter Score from answer counts by score (0..10), possibly weighted: the share of
 * promoters (9-10) minus the share of detractors (0-6), times 100, in -100..100.
 *
 * Confidence interval (docs/EXPERIENCE.md, NPS): each answer is +1 (promoter), 0 (passive) or -1
 * (detractor); NPS/100 is their mean, whose variance is (p + d - (p - d)^2) / n for shares p, d
 * and n answers. The 95% interval is the normal (Wald) one, NPS +/- 1.96 x 100 x sqrt(variance),
 * clipped to -100..100; n is the (weighted) answer count. Below 1 answer there is no value.
 */
export const NPS_BANDS = ["NEEDS_WORK", "GOOD", "EXCELLENT", "WORLD_CLASS"] as const;
export type NpsBand = (typeof NPS_BANDS)[number];

export interface Nps {
  score: number | null;
  band: NpsBand | null;
  responses: number;
  promoters: number;
  passives: number;
  detractors: number;
  low: number | null;
  high: number | null;
  /** Answers by score 0..10. */
  distribution: number[];
}

const Z_95 = 1.959963984540054;

/** <= 0 needs work, > 0 good, > 50 excellent, > 70 world class. */
export function npsBand(score: number): NpsBand {
  if (score > 70) return "WORLD_CLASS";
  if (score > 50) return "EXCELLENT";
  if (score > 0) return "GOOD";
  return "NEEDS_WORK";
}

const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);
const clip = (x: number) => Math.max(-100, Math.min(100, x));

/** `byScore`: 11 answer counts, for scores 0..10. */
export function nps(byScore: readonly number[]): Nps {
  const distribution = [...byScore];
  const detractors = sum(distribution.slice(0, 7));
  const passives = sum(distribution.slice(7, 9));
  const promoters = sum(distribution.slice(9, 11));
  const responses = detractors + passives + promoters;
  if (!(responses > 0)) return { score: null, band: null, responses, promoters, passives, detractors, low: null, high: null, distribution };
  const p = promoters / responses;
  const d = detractors / responses;
  const score = 100 * (p - d);
  const variance = Math.max(0, p + d - (p - d) ** 2) / responses;
  const half = 100 * Z_95 * Math.sqrt(variance);
  return {
    score,
    band: npsBand(score),
    responses,
    promoters,
    passives,
    detractors,
    low: clip(score - half),
    high: clip(score + half),
    distribution,
  };
}
