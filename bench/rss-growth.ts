export interface RssSample {
  /** Seconds since the soak started. */
  atSeconds: number;
  rssMb: number;
}

export interface RssGrowth {
  warmUpSeconds: number;
  firstMinuteMeanMb: number;
  lastMinuteMeanMb: number;
  peakMb: number;
  /** (last minute's mean - first minute's mean after the warm-up) / first minute's mean, in percent. */
  rssGrowthPct: number;
  verdict: { rule: "rssGrowthPct < 10"; pass: boolean };
}

const mean = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;
const round1 = (value: number) => Math.round(value * 10) / 10;

/** Memory growth over a soak: the last minute's mean RSS against the first minute's after `warmUpSeconds`. */
export function rssGrowth(samples: readonly RssSample[], warmUpSeconds: number): RssGrowth {
  const end = Math.max(...samples.map((s) => s.atSeconds));
  const first = samples.filter((s) => s.atSeconds >= warmUpSeconds && s.atSeconds < warmUpSeconds + 60).map((s) => s.rssMb);
  const last = samples.filter((s) => s.atSeconds > end - 60).map((s) => s.rssMb);
  if (!first.length || end - 60 < warmUpSeconds + 60) {
    throw new Error(`a soak needs at least ${(warmUpSeconds + 120) / 60} minutes of samples to compare two minutes after the warm-up`);
  }
  const rssGrowthPct = round1(((mean(last) - mean(first)) / mean(first)) * 100);
  return {
    warmUpSeconds,
    firstMinuteMeanMb: round1(mean(first)),
    lastMinuteMeanMb: round1(mean(last)),
    peakMb: round1(Math.max(...samples.map((s) => s.rssMb))),
    rssGrowthPct,
    verdict: { rule: "rssGrowthPct < 10", pass: rssGrowthPct < 10 },
  };
}
