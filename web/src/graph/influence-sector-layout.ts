/** Pixels between neighbours on a ring, between rings, and from the centre to the first ring. */
export const NODE_SPACING = 40;
export const RING_GAP = 48;
export const FIRST_RING = 140;

/** One sector of the radial layout: its items, most influential first (they sit nearest the centre). */
export interface Sector {
  key: string;
  items: string[];
}

export interface Point {
  x: number;
  y: number;
}

/**
 * A radial layout in sectors, computed in one pass (no force simulation, so 20,000 nodes take
 * milliseconds): the centre node at the origin; each sector an angular slice proportional to its
 * number of items (at least one item's width), sectors side by side in the given order; inside a
 * sector the items fill rings outward, each ring holding as many as its arc has room for, so the
 * first items are the closest to the centre and a sector's items never leave its slice.
 */
export function sectorLayout(centre: string, sectors: readonly Sector[]): Map<string, Point> {
  const positions = new Map<string, Point>([[centre, { x: 0, y: 0 }]]);
  const minShare = (NODE_SPACING / (2 * Math.PI * FIRST_RING)) * 2 * Math.PI;
  const weights = sectors.map((s) => Math.max(s.items.length, 1));
  const total = weights.reduce((a, b) => a + b, 0);
  // Spans in proportion to the items, but never narrower than one node on the first ring (then renormalised).
  const raw = weights.map((w) => Math.max((2 * Math.PI * w) / total, minShare));
  const scale = (2 * Math.PI) / raw.reduce((a, b) => a + b, 0);
  let start = -Math.PI / 2;
  sectors.forEach((sector, i) => {
    const span = raw[i]! * scale;
    let placed = 0;
    for (let ring = 0; placed < sector.items.length; ring++) {
      const radius = FIRST_RING + ring * RING_GAP;
      const room = Math.max(1, Math.floor((radius * span) / NODE_SPACING));
      const inRing = Math.min(room, sector.items.length - placed);
      for (let j = 0; j < inRing; j++) {
        const angle = start + (span * (j + 0.5)) / inRing;
        positions.set(sector.items[placed + j]!, { x: radius * Math.cos(angle), y: radius * Math.sin(angle) });
      }
      placed += inRing;
    }
    start += span;
  });
  return positions;
}
