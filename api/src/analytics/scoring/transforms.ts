/**
 * Component transforms: raw values (number, text, or null = missing) to 0..1. Missing values
 * are excluded from the base of percentile, min-max and z-score, and transform to null (the
 * component then contributes 0). Constant columns give 0.5 for min-max and z-score.
 */
import type { ScoringComponent } from "./model.ts";

export type Raw = number | string | null;

export function transformColumn(t: ScoringComponent["transform"], raw: readonly Raw[]): (number | null)[] {
  switch (t.kind) {
    case "percentile":
      return percentile(numbers(raw));
    case "minmax":
      return minMax(numbers(raw));
    case "zscore":
      return zScore(numbers(raw), t.clip);
    case "bucket":
      return raw.map((v) => bucketOf(t.buckets, v));
  }
}

function numbers(raw: readonly Raw[]): (number | null)[] {
  return raw.map((v) =>
    typeof v === "number" && Number.isFinite(v)
      ? v
      : typeof v === "string" && v.trim() !== "" && Number.isFinite(Number(v))
        ? Number(v)
        : null,
  );
}

/** Share of the non-missing values that are at most this one (ties share the highest), in 0..1. */
function percentile(x: (number | null)[]): (number | null)[] {
  const present = x.map((v, i) => [v, i] as const).filter((p): p is readonly [number, number] => p[0] !== null);
  present.sort((a, b) => a[0] - b[0]);
  const out: (number | null)[] = x.map(() => null);
  for (let i = 0; i < present.length; ) {
    let j = i;
    while (j + 1 < present.length && present[j + 1]![0] === present[i]![0]) j++;
    const p = (j + 1) / present.length;
    for (let k = i; k <= j; k++) out[present[k]![1]] = p;
    i = j + 1;
  }
  return out;
}

function minMax(x: (number | null)[]): (number | null)[] {
  let min = Infinity;
  let max = -Infinity;
  for (const v of x) if (v !== null) [min, max] = [Math.min(min, v), Math.max(max, v)];
  return x.map((v) => (v === null ? null : max > min ? (v - min) / (max - min) : 0.5));
}

/** z-score clipped to ±clip, mapped linearly onto 0..1. */
function zScore(x: (number | null)[], clip: number): (number | null)[] {
  let n = 0;
  let sum = 0;
  for (const v of x) if (v !== null) [n, sum] = [n + 1, sum + v];
  const mean = n ? sum / n : 0;
  let squares = 0;
  for (const v of x) if (v !== null) squares += (v - mean) ** 2;
  const sd = n ? Math.sqrt(squares / n) : 0;
  return x.map((v) => (v === null ? null : sd > 0 ? (Math.max(-clip, Math.min(clip, (v - mean) / sd)) + clip) / (2 * clip) : 0.5));
}

/** The first bucket that matches (text: equals; numbers: value <= upTo); no match counts as missing. */
function bucketOf(buckets: { upTo?: number; equals?: string; value: number }[], v: Raw): number | null {
  if (v === null) return null;
  for (const b of buckets) {
    if (b.equals !== undefined && String(v) === b.equals) return b.value;
    if (b.upTo !== undefined && typeof v === "number" && v <= b.upTo) return b.value;
    if (b.upTo !== undefined && typeof v === "string" && v.trim() !== "" && Number(v) <= b.upTo) return b.value;
  }
  return null;
}
