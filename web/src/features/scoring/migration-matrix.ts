/**
 * The segment migration matrix of a simulation laid out for a table: rows are the segments under
 * the active version (`(none)` for subjects without a stored score), columns those under the
 * simulated version, each cell the number of subjects moving so. Segments go in the model's
 * own order (its threshold or matrix labels) where known, others after them by name, `(none)` last.
 */
export const NO_SEGMENT = "(none)";

export interface Migration {
  from: string;
  to: string;
  subjects: number;
}

export interface MigrationMatrix {
  from: string[];
  to: string[];
  /** cells[i][j]: subjects moving from from[i] to to[j]. */
  cells: number[][];
  rowTotals: number[];
  columnTotals: number[];
  total: number;
  /** Subjects whose segment changes (off the diagonal). */
  changed: number;
}

export function segmentOrder(segments: Iterable<string>, modelOrder: readonly string[]): string[] {
  const rank = (s: string) =>
    s === NO_SEGMENT ? Number.POSITIVE_INFINITY : modelOrder.indexOf(s) < 0 ? modelOrder.length : modelOrder.indexOf(s);
  return [...new Set(segments)].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

export function migrationMatrix(migration: readonly Migration[], modelOrder: readonly string[] = []): MigrationMatrix {
  const from = segmentOrder(
    migration.map((m) => m.from),
    modelOrder,
  );
  const to = segmentOrder(
    migration.map((m) => m.to),
    modelOrder,
  );
  const cells = from.map(() => to.map(() => 0));
  let changed = 0;
  for (const m of migration) {
    cells[from.indexOf(m.from)]![to.indexOf(m.to)]! += m.subjects;
    if (m.from !== m.to) changed += m.subjects;
  }
  const rowTotals = cells.map((row) => row.reduce((s, x) => s + x, 0));
  const columnTotals = to.map((_, j) => cells.reduce((s, row) => s + row[j]!, 0));
  return { from, to, cells, rowTotals, columnTotals, total: rowTotals.reduce((s, x) => s + x, 0), changed };
}

export interface SegmentCountRow {
  segment: string;
  active: number;
  simulated: number;
  change: number;
}

/** Subjects per segment under the active and the simulated version, side by side. */
export function segmentCounts(
  active: readonly { segment: string; subjects: number }[],
  simulated: readonly { segment: string; subjects: number }[],
  modelOrder: readonly string[] = [],
): SegmentCountRow[] {
  const count = (list: readonly { segment: string; subjects: number }[], segment: string) =>
    list.find((c) => c.segment === segment)?.subjects ?? 0;
  return segmentOrder(
    [...active, ...simulated].map((c) => c.segment),
    modelOrder,
  ).map((segment) => {
    const a = count(active, segment);
    const s = count(simulated, segment);
    return { segment, active: a, simulated: s, change: s - a };
  });
}
