/**
 * Scores every subject (HCP, account or organization) with a model: each component's raw value
 * is transformed to 0..1 over the whole population, contributes 100 x weight x value (0 when missing), and the score (0..100)
 * is the sum of the contributions, added in component order, so an explanation always sums to
 * its score exactly. Same model and same data give the same result, whatever the row order.
 */
import type { ScoringModel } from "./model.ts";
import { transformColumn, type Raw } from "./transforms.ts";

export interface ComponentExplanation {
  key: string;
  label: string;
  raw: number | string | null;
  /** Transformed value, 0..1; null when the subject has no value for the component. */
  value: number | null;
  weight: number;
  contribution: number;
  missing: boolean;
}

export interface SubjectScore {
  id: string;
  score: number;
  segment: string | null;
  flags: string[];
  explanation: ComponentExplanation[];
}

/**
 * Scores of a whole population in columns: what activation and simulation need for a million
 * subjects without one object per subject and component. `explain(i)` builds one subject's full score.
 */
export interface ScoredColumns {
  ids: readonly string[];
  score: Float64Array;
  segment: (string | null)[];
  flags: string[][];
  explain(i: number): SubjectScore;
}

export function scoreColumns(
  model: ScoringModel,
  ids: readonly string[],
  columns: Readonly<Record<string, readonly Raw[]>>,
): ScoredColumns {
  const raws = model.components.map((c) => columns[c.key] ?? ids.map(() => null));
  const transformed = model.components.map((c, k) => transformColumn(c.transform, raws[k]!));
  const n = ids.length;
  const score = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let sum = 0;
    model.components.forEach((c, k) => {
      const value = transformed[k]![i]!;
      sum += value === null ? 0 : 100 * c.weight * value;
    });
    score[i] = sum;
  }
  const axis = (i: number, ref: string) => {
    if (ref === "score") return score[i]!;
    const k = model.components.findIndex((c) => c.key === ref);
    return 100 * (transformed[k]![i] ?? 0);
  };
  const rawNumber = (i: number, ref: string) => {
    if (ref === "score") return score[i]!;
    const raw = raws[model.components.findIndex((c) => c.key === ref)]?.[i];
    return typeof raw === "number" ? raw : null;
  };
  const segment = segmentsOf(model, ids, score, axis);
  const flags = ids.map((_, i) =>
    model.flags.filter((f) => compare(rawNumber(i, f.when.measure), f.when.op, f.when.value)).map((f) => f.flag),
  );
  const explain = (i: number): SubjectScore => ({
    id: ids[i]!,
    score: score[i]!,
    segment: segment[i]!,
    flags: flags[i]!,
    explanation: model.components.map((c, k) => {
      const value = transformed[k]![i]!;
      return {
        key: c.key,
        label: c.label,
        raw: raws[k]![i] ?? null,
        value,
        weight: c.weight,
        contribution: value === null ? 0 : 100 * c.weight * value,
        missing: value === null,
      };
    }),
  });
  return { ids, score, segment, flags, explain };
}

export function scoreAll(model: ScoringModel, ids: readonly string[], columns: Readonly<Record<string, readonly Raw[]>>): SubjectScore[] {
  const scored = scoreColumns(model, ids, columns);
  return ids.map((_, i) => scored.explain(i));
}

function compare(x: number | null, op: string, v: number): boolean {
  if (x === null) return false;
  return op === ">=" ? x >= v : op === ">" ? x > v : op === "<=" ? x <= v : op === "<" ? x < v : x === v;
}

function segmentsOf(
  model: ScoringModel,
  ids: readonly string[],
  score: Float64Array,
  axis: (i: number, ref: string) => number,
): (string | null)[] {
  const seg = model.segmentation;
  const n = ids.length;
  if (seg.kind === "thresholds") return Array.from(score, (x) => seg.thresholds.find((t) => x >= t.minScore)?.label ?? null);
  if (seg.kind === "deciles") {
    // D1 is the top tenth; ties broken by id so that the split is reproducible.
    const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => score[b]! - score[a]! || (ids[a]! < ids[b]! ? -1 : 1));
    const out: (string | null)[] = new Array(n);
    for (const [rank, i] of order.entries()) out[i] = `D${1 + Math.floor((rank * 10) / n)}`;
    return out;
  }
  const band = (x: number, cuts: number[]) => cuts.filter((c) => x >= c).length;
  const valueCuts = [...seg.valueCuts].sort((a, b) => a - b);
  const potentialCuts = [...seg.potentialCuts].sort((a, b) => a - b);
  return ids.map((_, i) => seg.labels[band(axis(i, seg.value), valueCuts)]![band(axis(i, seg.potential), potentialCuts)]!);
}
