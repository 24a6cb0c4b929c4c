import { geoPath } from "d3-geo";
import { useId, useMemo } from "react";
import { type GeoPoint, routeGeometry } from "./route-geometry.ts";
import { US_STATES } from "./us-states.ts";

export interface MapStop extends GeoPoint {
  id: string;
  name: string;
  /** Shown beside the name, e.g. "09:30". */
  time?: string;
}

const WIDTH = 640;
const HEIGHT = 420;

/**
 * A day's route on the offline basemap: state outlines, home, the stops numbered in visit order and
 * the route between them. The picture's title and description name the stops; the page lists them beside it.
 */
export function RouteMap({ home, stops, title }: { home: GeoPoint; stops: MapStop[]; title: string }) {
  const titleId = useId();
  const descId = useId();
  const clipId = useId();
  const g = useMemo(() => routeGeometry(home, stops, WIDTH, HEIGHT), [home, stops]);
  const states = useMemo(() => {
    const path = geoPath(g.projection);
    return US_STATES.features.map((f) => ({ name: f.properties.name, d: path(f) ?? "" }));
  }, [g]);

  return (
    <svg
      className="route-map"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-labelledby={`${titleId} ${descId}`}
      data-testid="route-map"
      data-stops={stops.length}
    >
      <title id={titleId}>{title}</title>
      <desc id={descId}>
        {stops.length === 0
          ? "No stops."
          : `From home through ${stops.length} stop(s) in visit order and back: ${stops.map((s) => s.name).join(", ")}.`}
      </desc>
      <clipPath id={clipId}>
        <rect width={WIDTH} height={HEIGHT} />
      </clipPath>
      <g clipPath={`url(#${clipId})`}>
        <rect className="map-water" width={WIDTH} height={HEIGHT} />
        <g className="map-states">
          {states.map((s) => (
            <path key={s.name} d={s.d} />
          ))}
        </g>
        {stops.length > 0 && <polyline className="map-route" points={g.polyline} data-testid="route-line" />}
        <g className="map-home" transform={`translate(${g.home[0]},${g.home[1]})`} data-testid="map-home">
          <title>Home</title>
          <path d="M0,-10 L9,-2 L6,-2 L6,8 L-6,8 L-6,-2 L-9,-2 Z" />
        </g>
        {stops.map((s, i) => (
          <g
            key={s.id}
            className="map-stop"
            transform={`translate(${g.stops[i]![0]},${g.stops[i]![1]})`}
            aria-label={`Stop ${i + 1}: ${s.name}${s.time ? `, ${s.time}` : ""}`}
            data-testid={`map-stop-${i + 1}`}
            data-id={s.id}
          >
            <circle r={10} />
            <text textAnchor="middle" dy="0.35em">
              {i + 1}
            </text>
          </g>
        ))}
      </g>
    </svg>
  );
}
