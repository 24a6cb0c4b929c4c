import type { Metro } from "./reference-data.ts";

/**
 * Where people and sites sit around a metro centre: a 2-D normal scatter, described in polar
 * terms that make equal-sized cells easy. `mass` is the share of the metro's points closer to the
 * centre (uniform in 0..1 for the normal scatter) and `turn` the angle as a fraction of a circle,
 * so cells of equal mass width and equal turn width hold equal expected numbers of HCPs.
 */
export interface PolarPosition {
  mass: number;
  turn: number;
}

/** Scatter radius in degrees of latitude: larger metros sprawl further (8 km to 40 km). */
export function spreadOf(metro: Metro): number {
  return Math.min(0.35, Math.max(0.08, 0.08 * Math.sqrt(metro.population)));
}

/** Points beyond four standard deviations are cut off, which keeps every metro's scatter on land. */
export const MAX_MASS = 1 - Math.exp(-8);

export function pointAt(metro: Metro, p: PolarPosition): { lat: number; lon: number } {
  const r = spreadOf(metro) * Math.sqrt(-2 * Math.log(1 - p.mass));
  const angle = 2 * Math.PI * p.turn;
  return {
    lat: metro.lat + r * Math.sin(angle),
    lon: metro.lon + (r * Math.cos(angle)) / Math.cos((metro.lat * Math.PI) / 180),
  };
}

/** A metro's territories as a polar grid: `rings` of equal mass, each cut into `sectors` slices. */
export interface TerritoryGrid {
  rings: number;
  sectors: number;
}

/** About `count` cells, shaped so that big metros get inner-city and suburban territories, not thin slivers. */
export function territoryGrid(count: number): TerritoryGrid {
  const rings = Math.max(1, Math.round(Math.sqrt(count / 6)));
  return { rings, sectors: Math.max(1, Math.round(count / rings)) };
}

export function cellOf(grid: TerritoryGrid, p: PolarPosition): number {
  const ring = Math.min(grid.rings - 1, Math.floor(p.mass * grid.rings));
  const sector = Math.min(grid.sectors - 1, Math.floor(p.turn * grid.sectors));
  return ring * grid.sectors + sector;
}

/** The middle of cells `first`..`last` (consecutive cells of one ring); a whole ring's is on its inner edge. */
export function cellsCentre(grid: TerritoryGrid, first: number, last: number): PolarPosition {
  const ring = Math.floor(first / grid.sectors);
  if (last - first + 1 === grid.sectors) return { mass: ring / grid.rings, turn: 0 };
  const middleSector = ((first % grid.sectors) + (last % grid.sectors) + 1) / 2;
  return { mass: (ring + 0.5) / grid.rings, turn: middleSector / grid.sectors };
}

/** The last two ZIP digits: a 10 x 10 polar grid, so neighbouring points share ZIP codes. */
export function zipSuffix(p: PolarPosition): string {
  return `${Math.floor(p.mass * 10)}${Math.min(9, Math.floor(p.turn * 10))}`;
}
