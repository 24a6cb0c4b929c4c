import { describe, expect, it } from "vitest";
import { routeGeometry, spreadOverlaps } from "./route-geometry.ts";

const inside = ([x, y]: [number, number], w: number, h: number) => x >= 0 && x <= w && y >= 0 && y <= h;

describe("the route map's geometry", () => {
  it("fits home and stops into the drawing, in visit order, with the closed route", () => {
    const home = { lat: 30.27, lon: -97.74 };
    const stops = [
      { lat: 31.4, lon: -97.7 },
      { lat: 29.1, lon: -98.9 },
      { lat: 30.3, lon: -96.5 },
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
    expect(g.home[0]).toBeCloseTo(150, 5);
    expect(Number.isFinite(g.projection.scale())).toBe(true);
    const [x] = g.projection([-74.5, 40]) as [number, number];
    expect(x - 150).toBeGreaterThan(30);
    // The stop at home is moved off the home marker.
    expect(Math.hypot(g.stops[0]![0] - g.home[0], g.stops[0]![1] - g.home[1])).toBeGreaterThanOrEqual(18);
  });

  it("moves overlapping markers apart, leaves distant ones where they are", () => {
    const spread = spreadOverlaps([
      [100, 100],
      [100, 100],
      [101, 100],
      [300, 300],
    ]);
    expect(spread[0]).toEqual([100, 100]);
    expect(spread[3]).toEqual([300, 300]);
    for (let i = 0; i < 3; i++)
      for (let j = i + 1; j < 3; j++)
        expect(Math.hypot(spread[i]![0] - spread[j]![0], spread[i]![1] - spread[j]![1])).toBeGreaterThanOrEqual(18);
  });
});
