/**
 * How the dashboard words experience figures: NPS in points (one decimal at most: weighted answers
 * make fractions), CSAT already in %, engagement rates (0..1) as %, weighted counts, and "no value"
 * where the API has none (no answers, nothing delivered, S = 0).
 */
import type { NpsBand } from "../../api/experience-types.ts";

export const NO_VALUE = "no value";

const oneDecimal = (x: number) => String(Number(x.toFixed(1)));

/** An NPS, a change of one or an impact, in points. */
export const points = (x: number | null | undefined) => (x === null || x === undefined ? NO_VALUE : oneDecimal(x));

/** A change, with its sign. */
export const signedPoints = (x: number | null | undefined) =>
  x === null || x === undefined ? NO_VALUE : x > 0 ? `+${oneDecimal(x)}` : oneDecimal(x);

/** A value already in percent (CSAT, CRR). */
export const percentValue = (x: number | null | undefined) => (x === null || x === undefined ? NO_VALUE : `${oneDecimal(x)}%`);

/** A ratio 0..1 (an engagement rate) in percent. */
export const ratioPercent = (x: number | null | undefined) => (x === null || x === undefined ? NO_VALUE : `${oneDecimal(x * 100)}%`);

/** A (possibly weighted) count of answers or touchpoints. */
export const count = (x: number) => oneDecimal(x);

export const BAND_LABEL: Record<NpsBand, string> = {
  NEEDS_WORK: "Needs work",
  GOOD: "Good",
  EXCELLENT: "Excellent",
  WORLD_CLASS: "World class",
};

export type NpsCategory = "detractor" | "passive" | "promoter";

/** What an answer 0..10 makes its giver: 0-6 detractor, 7-8 passive, 9-10 promoter. */
export const npsCategory = (score: number): NpsCategory => (score >= 9 ? "promoter" : score >= 7 ? "passive" : "detractor");

/** The last of a range's quarters (the API lists them in order), or null when no quarter lies wholly inside it. */
export const latestQuarter = <Q>(quarters: readonly Q[]): Q | null => quarters[quarters.length - 1] ?? null;

/** A channel name as people say it: REP_VISIT → "Rep visit". */
export const channelLabel = (channel: string) => {
  const words = channel.toLowerCase().replace(/_/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
};
