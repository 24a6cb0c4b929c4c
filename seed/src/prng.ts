/**
 * Deterministic pseudo-random numbers. Every entity draws from its own generator, keyed by
 * (seed, phase, index), so any slice of the data can be generated alone, in any order, and the
 * same seed always yields the same data.
 */
import { Mulberry32 } from "../../api/src/model/seeded-random.ts";

function mix32(x: number): number {
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

export function hashKey(seed: number, phase: number, index: number): number {
  return mix32(mix32(mix32(seed ^ 0x9e3779b9) ^ Math.imul(phase, 0x27d4eb2f)) ^ Math.imul(index, 0x165667b1));
}

export class Rng extends Mulberry32 {
  static for(seed: number, phase: number, index: number): Rng {
    return new Rng(hashKey(seed, phase, index));
  }

  int(maxExclusive: number): number {
    return Math.floor(this.next() * maxExclusive);
  }

  range(min: number, max: number): number {
    return min + this.next() * (max - min);
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }

  /** Index drawn with probability proportional to `cumulative` increments (a prefix-sum table). */
  weightedIndex(cumulative: Float64Array | number[]): number {
    const total = cumulative[cumulative.length - 1]!;
    const u = this.next() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cumulative[mid]! > u) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }

  /** Standard normal (Box-Muller). */
  normal(): number {
    const u = 1 - this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.next());
  }
}

export function cumulative(weights: readonly number[]): Float64Array {
  const out = new Float64Array(weights.length);
  let sum = 0;
  weights.forEach((w, i) => {
    sum += w;
    out[i] = sum;
  });
  return out;
}
