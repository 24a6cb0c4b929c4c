/**
 * Scores every HCP with a model: each component's raw value is transformed to 0..1 over the
 * whole population, contributes 100 x weight x value (0 when missing), and the score (0..100)
 * is the sum of the contributions, added in component order, so an explanation always sums to
 * its score exactly. Same model and same data give the same result, whatever the row order.
 */
import type { ScoringModel } from "./model.ts";
import { transformColumn, type Raw } from "./transforms.ts";

export interface ComponentExplanation {
  key: string;
  label: string;
  raw: number | string | null;
  /** Transformed value, 0..1; null when the HCP has no value for the component. */
  value: number | null;
  weight: number;
  contribution: number;
  missing: boolean;
}

export interface HcpScore {
  id: string;
  score: number;
  segment: string | null;
  flags: string[];
  explanation: ComponentExplanation[];
}

export function scoreAll(model: ScoringModel, ids: readonly string[], columns: Readonly<Record<string, readonly Raw[]>>): HcpScore[] {
  const transformed = model.components.map((c) => transformColumn(c.transform, columns[c.key] ?? ids.map(() => null)));
  const scores: HcpScore[] = ids.map((id, i) => {
    let score = 0;
    const explanation = model.components.map((c, k) => {
      const value = transformed[k]![i]!;
      const contribution = value === null ? 0 : 100 * c.weight * value;
      score += contribution;
      return { key: c.key, label: c.label, raw: columns[c.key]?.[i] ?? null, value, weight: c.weight, contribution, missing: value === null };
    });
    return { id, score, segment: null, flags: [], explanation };
  });
  assignSegments(model, scores);
  for (const s of scores) s.flags = model.flags.filter((f) => compare(measureOf(s, f.when.measure), f.when.op, f.when.value)).map((f) => f.flag);
  return scores;
}

/** A component's raw number (for flags such as "influence percentile >= 95"), or the score. */
function measureOf(s: HcpScore, measure: string): number | null {
  if (measure === "score") return s.score;
  const raw = s.explanation.find((e) => e.key === measure)?.raw;
  return typeof raw === "number" ? raw : null;
}

function compare(x: number | null, op: string, v: number): boolean {
  if (x === null) return false;
  return op === ">=" ? x >= v : op === ">" ? x > v : op === "<=" ? x <= v : op === "<" ? x < v : x === v;
}

function assignSegments(model: ScoringModel, scores: HcpScore[]): void {
  const seg = model.segmentation;
  if (seg.kind === "thresholds") {
    for (const s of scores) s.segment = seg.thresholds.find((t) => s.score >= t.minScore)?.label ?? null;
  } else if (seg.kind === "deciles") {
    // D1 is the top tenth; ties broken by id so that the split is reproducible.
    const order = scores.map((_, i) => i).sort((a, b) => scores[b]!.score - scores[a]!.score || (scores[a]!.id < scores[b]!.id ? -1 : 1));
    order.forEach((i, rank) => (scores[i]!.segment = `D${1 + Math.floor((rank * 10) / scores.length)}`));
  } else {
    const axis = (s: HcpScore, ref: string) => (ref === "score" ? s.score : 100 * (s.explanation.find((e) => e.key === ref)?.value ?? 0));
    const band = (x: number, cuts: number[]) => cuts.filter((c) => x >= c).length;
    const valueCuts = [...seg.valueCuts].sort((a, b) => a - b);
    const potentialCuts = [...seg.potentialCuts].sort((a, b) => a - b);
    for (const s of scores) s.segment = seg.labels[band(axis(s, seg.value), valueCuts)]![band(axis(s, seg.potential), potentialCuts)]!;
  }
}
