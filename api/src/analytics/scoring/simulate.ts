/** The draft's segment per subject id. */
export interface DraftSegments {
  ids: readonly string[];
  segment: readonly (string | null)[];
}

/** Segment of a subject without a score under the active model. */
export const NO_SEGMENT = "(none)";

export interface Migration {
  from: string;
  to: string;
  subjects: number;
}

export interface Simulation {
  /** Active segment -> draft segment, every non-empty cell. */
  migration: Migration[];
  activeCounts: Record<string, number>;
  draftCounts: Record<string, number>;
  changed: number;
  subjects: number;
}

/** How subjects would move between segments if the draft replaced the active model. */
export function simulate(active: ReadonlyMap<string, string | null>, draft: DraftSegments): Simulation {
  const cells = new Map<string, Migration>();
  const activeCounts: Record<string, number> = {};
  const draftCounts: Record<string, number> = {};
  let changed = 0;
  draft.ids.forEach((id, i) => {
    const from = active.get(id) ?? NO_SEGMENT;
    const to = draft.segment[i] ?? NO_SEGMENT;
    const key = `${from}\u0000${to}`;
    const cell = cells.get(key) ?? { from, to, subjects: 0 };
    cell.subjects++;
    cells.set(key, cell);
    activeCounts[from] = (activeCounts[from] ?? 0) + 1;
    draftCounts[to] = (draftCounts[to] ?? 0) + 1;
    if (from !== to) changed++;
  });
  const migration = [...cells.values()].sort((a, b) => (a.from === b.from ? a.to.localeCompare(b.to) : a.from.localeCompare(b.from)));
  return { migration, activeCounts, draftCounts, changed, subjects: draft.ids.length };
}
