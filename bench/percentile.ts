/** The p-th percentile (0..100) of ascending `sorted` values, by nearest rank. */
export function percentile(sorted: readonly number[], p: number): number {
  if (!sorted.length) throw new Error("no values");
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}
