export interface LatencySummary {
  requests: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

const round1 = (value: number) => Math.round(value * 10) / 10;

/** Count, percentiles and maximum of latencies (any order), to a tenth of a millisecond; zeros when there are none. */
export function latencySummary(latencies: readonly number[]): LatencySummary {
  const sorted = [...latencies].sort((a, b) => a - b);
  if (!sorted.length) return { requests: 0, p50: 0, p95: 0, p99: 0, max: 0 };
  return {
    requests: sorted.length,
    p50: round1(percentile(sorted, 50)),
    p95: round1(percentile(sorted, 95)),
    p99: round1(percentile(sorted, 99)),
    max: round1(sorted.at(-1)!),
  };
}

/** The p-th percentile (0..100) of ascending `sorted` values, by nearest rank. */
export function percentile(sorted: readonly number[], p: number): number {
  if (!sorted.length) throw new Error("no values");
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}
