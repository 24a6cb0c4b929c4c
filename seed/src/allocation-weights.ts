import { apportion } from "./apportion.ts";
import type { Rng } from "./prng.ts";

/**
 * Allocation shares of one child over `parts` parents: whole percentages (each at least 5%)
 * that add up to exactly 100, largest first, so the first parent is the primary. The primary
 * usually dominates (50-80%), as in real affiliation data.
 */
export function allocationWeights(rng: Rng, parts: number): number[] {
  if (parts === 1) return [1];
  const raw = [rng.range(1.5, 4), ...Array.from({ length: parts - 1 }, () => rng.range(0.3, 1))];
  const percents = apportion(100, raw, 5).sort((a, b) => b - a);
  return percents.map((p) => p / 100);
}
