/**
 * A journey map as a stage x channel grid (a heat map drawn as a table): every stage a row, every
 * channel with a touchpoint a column, each cell's share of the largest cell for its shade. Pure.
 */
export interface JourneyCellInput {
  stage: string;
  channel: string;
  touchpoints: number;
}

export interface JourneyGrid {
  stages: string[];
  channels: string[];
  /** counts[stage][channel]. */
  counts: number[][];
  /** The share of the largest count, 0..1, for the cell's shade. */
  shade: number[][];
}

export function journeyGrid(stages: readonly string[], cells: readonly JourneyCellInput[]): JourneyGrid {
  const channels = [...new Set(cells.map((c) => c.channel))].sort();
  const counts = stages.map((s) => channels.map((ch) => cells.find((c) => c.stage === s && c.channel === ch)?.touchpoints ?? 0));
  const max = Math.max(0, ...counts.flat());
  return { stages: [...stages], channels, counts, shade: counts.map((row) => row.map((n) => (max > 0 ? n / max : 0))) };
}
