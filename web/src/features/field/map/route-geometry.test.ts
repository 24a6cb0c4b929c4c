import { describe, expect, it } from "vitest";
import { routeGeometry } from "./route-geometry.ts";

const inside = ([x, y]: [number, number], w: number, h: number) => x >= 0 && x <= w && y >= 0 && y <= h;

describe("the route map's geometry", () => {
  it("fits home and stops into the drawing, in visit order, with the closed route", () => {
    const home = { lat: 30.27, lon: -97.74 };
    const stops = [
      { lat: 30.4, lon: -97.7 },
      { lat: 30.1, lon: -97.9 },
      { lat: 30.3, lon: -97.5 },
    ];
    const g = routeGeometry(home, stops, 600, 400, 20);
    for (const p of [g.home, ...g.stops]) expect(inside(p, 600, 400)).toBe(true);
    // North is up, east is right.
    expect(g.stops[0]![1]).toBeLessThan(g.stops[1]![1]);
    expect(g.stops[2]![0]).toBeGreaterThan(g.stops[1]![0]);
    const points = g.polyline.split(" ");
    expect(points).toHaveLength(5);
    expect(points[0]).toBe(points[4]);
    // The widest span touches the padding on one axis.
    const xs = [g.home, ...g.stops].map((p) => p[0]);
    const ys = [g.home, ...g.stops].map((p) => p[1]);
    expect(Math.min(Math.min(...xs) - 20, Math.min(...ys) - 20)).toBeCloseTo(0, 0);
  });

  it("one stop at home is not zoomed to a point", () => {
    const g = routeGeometry({ lat: 40, lon: -75 }, [{ lat: 40, lon: -75 }], 300, 300);
    expect(g.stops[0]![0]).toBeCloseTo(150, 5);
    expect(Number.isFinite(g.projection.scale())).toBe(true);
    const [x] = g.projection([-74.9, 40]) as [number, number];
    expect(x - 150).toBeGreaterThan(50);
  });
});
