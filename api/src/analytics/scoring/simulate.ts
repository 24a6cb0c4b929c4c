/** The draft's segment per HCP id. */
export interface DraftSegments {
  ids: readonly string[];
  segment: readonly (string | null)[];
}

/** Segment of an HCP without a score under the active model. */
export const NO_SEGMENT = "(none)";

export interface Migration {
  from: string;
  to: string;
  hcps: number;
}

export interface Simulation {
  /** Active segment -> draft segment, every non-empty cell. */
  migration: Migration[];
  activeCounts: Record<string, number>;
  draftCounts: Record<string, number>;
  changed: number;
  hcps: number;
}

/** How HCPs would move between segments if the draft replaced the active model. */
export function simulate(active: ReadonlyMap<string, string | null>, draft: DraftSegments): Simulation {
  const cells = new Map<string, Migration>();
  const activeCounts: Record<string, number> = {};
  const draftCounts: Record<string, number> = {};
  let changed = 0;
  draft.ids.forEach((id, i) => {
    const from = active.get(id) ?? NO_SEGMENT;
    const to = draft.segment[i] ?? NO_SEGMENT;
    const key = `${from}\u0000${to}`;
    const cell = cells.get(key) ?? { from, to, hcps: 0 };
    cell.hcps++;
    cells.set(key, cell);
    activeCounts[from] = (activeCounts[from] ?? 0) + 1;
    draftCounts[to] = (draftCounts[to] ?? 0) + 1;
    if (from !== to) changed++;
  });
  const migration = [...cells.values()].sort((a, b) => (a.from === b.from ? a.to.localeCompare(b.to) : a.from.localeCompare(b.from)));
  return { migration, activeCounts, draftCounts, changed, hcps: draft.ids.length };
}
