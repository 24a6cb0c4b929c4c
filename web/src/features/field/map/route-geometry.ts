/**
 * Where a day's route is drawn: a Mercator projection fitted to the home and the stops (with a
 * little margin, and at least a city's width so one stop is not zoomed to a point), the stops'
 * screen positions in visit order and the closed route home -> stops -> home.
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

/** The smallest span (degrees) the view covers: about 10 km. */
const MIN_SPAN = 0.1;

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
  const at = (p: GeoPoint) => projection([p.lon, p.lat]) as [number, number];
  const homeXY = at(home);
  const stopsXY = stops.map(at);
  const polyline = [homeXY, ...stopsXY, homeXY].map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(" ");
  return { projection, home: homeXY, stops: stopsXY, polyline };
}
