/**
 * Where a day's route is drawn: a Mercator projection fitted to the home and the stops (with a
 * little margin, and at least a region's width so one stop is not zoomed to a point), the stops'
 * screen positions in visit order (moved apart where they would overlap) and the closed route
 * home -> stops -> home.
 */
import { type GeoProjection, geoMercator } from "d3-geo";

export interface GeoPoint {
  lat: number;
  lon: number;
}

export interface RouteGeometry {
  projection: GeoProjection;
  home: [number, number];
  stops: [number, number][];
  /** SVG `points` of the closed route. */
  polyline: string;
}

/** The smallest span (degrees) the view covers, about 100 km: a day in one town still shows where it is. */
const MIN_SPAN = 1;
/** Markers closer than this (px) are moved apart around the first, so each number can be read and clicked. */
const MARKER_GAP = 18;

/** Positions moved apart where they would overlap an earlier one (several doctors at one clinic), on rings around it. */
export function spreadOverlaps(points: readonly [number, number][], gap = MARKER_GAP): [number, number][] {
  const placed: [number, number][] = [];
  for (const [x, y] of points) {
    let p: [number, number] = [x, y];
    for (let k = 1; placed.some(([px, py]) => Math.hypot(px - p[0], py - p[1]) < gap); k++) {
      const ring = Math.ceil(k / 6);
      const angle = ((k - 1) % 6) * (Math.PI / 3) + ring * 0.5;
      p = [x + ring * gap * Math.cos(angle), y + ring * gap * Math.sin(angle)];
    }
    placed.push(p);
  }
  return placed;
}

export function routeGeometry(home: GeoPoint, stops: readonly GeoPoint[], width: number, height: number, padding = 28): RouteGeometry {
  const all = [home, ...stops];
  const lats = all.map((p) => p.lat);
  const lons = all.map((p) => p.lon);
  const [midLat, midLon] = [(Math.min(...lats) + Math.max(...lats)) / 2, (Math.min(...lons) + Math.max(...lons)) / 2];
  const halfLat = Math.max(MIN_SPAN, Math.max(...lats) - Math.min(...lats)) / 2;
  const halfLon = Math.max(MIN_SPAN, Math.max(...lons) - Math.min(...lons)) / 2;
  const extent = {
    type: "MultiPoint" as const,
    coordinates: [
      [midLon - halfLon, midLat - halfLat],
      [midLon + halfLon, midLat + halfLat],
    ],
  };
  const projection = geoMercator().fitExtent(
    [
      [padding, padding],
      [width - padding, height - padding],
    ],
    extent,
  );
  const [homeXY, ...stopsXY] = spreadOverlaps(all.map((p) => projection([p.lon, p.lat]) as [number, number])) as [
    [number, number],
    ...[number, number][],
  ];
  const polyline = [homeXY, ...stopsXY, homeXY].map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(" ");
  return { projection, home: homeXY, stops: stopsXY, polyline };
}
