/**
 * Own metric values that tell whose they are. Entity i of `VALUED_ENTITIES` owns UNIT x 8^i, so
 * any sum of halves and wholes of them (roll-ups, flows, deltas, aggregates: the fixture's edge
 * weights are 0.5 and 1) read in base 8 names the entities it contains. UNIT is a prime far from
 * the small numbers (counts, weights, coordinates, years) a response carries anyway.
 */
export const VALUE_UNIT = 7919;
const RADIX = 8;

export const VALUED_ENTITIES = ["HCP1a", "HCP1b", "ACC1", "HCP2", "ACC2", "ORG", "NET"] as const;
export type ValuedEntity = (typeof VALUED_ENTITIES)[number];

export function ownValueOf(entity: ValuedEntity): number {
  return VALUE_UNIT * RADIX ** VALUED_ENTITIES.indexOf(entity);
}

/** The entities whose own values `x` is made of, or none when `x` is no such sum. */
export function valueSources(x: number): ValuedEntity[] {
  const halves = Math.abs(2 * x) / VALUE_UNIT;
  const digits = Math.round(halves);
  if (digits === 0 || digits >= RADIX ** VALUED_ENTITIES.length || Math.abs(halves - digits) > 1e-6) return [];
  return VALUED_ENTITIES.filter((_, i) => Math.floor(digits / RADIX ** i) % RADIX !== 0);
}
