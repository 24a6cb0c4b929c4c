import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { FIRST_RING, sectorLayout } from "./influence-sector-layout.ts";

const angle = (p: { x: number; y: number }) => (Math.atan2(p.y, p.x) + Math.PI / 2 + 4 * Math.PI) % (2 * Math.PI);
const radius = (p: { x: number; y: number }) => Math.hypot(p.x, p.y);

describe("sectorLayout", () => {
  it("puts the centre at the origin and every item on a ring around it", () => {
    const positions = sectorLayout("kol", [{ key: "a", items: ["a1", "a2"] }]);
    expect(positions.get("kol")).toEqual({ x: 0, y: 0 });
    expect(radius(positions.get("a1")!)).toBeCloseTo(FIRST_RING);
  });

  it("keeps each sector's items in one angular slice, sectors in order, earlier items never farther out", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 200 }), { minLength: 1, maxLength: 12 }), (sizes) => {
        const sectors = sizes.map((n, s) => ({ key: `s${s}`, items: Array.from({ length: n }, (_, i) => `s${s}-${i}`) }));
        const positions = sectorLayout("kol", sectors);
        let previousMax = -1;
        for (const sector of sectors) {
          if (sector.items.length === 0) continue;
          const angles = sector.items.map((id) => angle(positions.get(id)!));
          // Sectors follow each other clockwise from the top: this one starts after the previous one ends.
          expect(Math.min(...angles)).toBeGreaterThan(previousMax);
          previousMax = Math.max(...angles);
          const radii = sector.items.map((id) => radius(positions.get(id)!));
          for (let i = 1; i < radii.length; i++) expect(radii[i]!).toBeGreaterThanOrEqual(radii[i - 1]! - 1e-9);
        }
        expect(positions.size).toBe(1 + sizes.reduce((a, b) => a + b, 0));
      }),
      { numRuns: 40 },
    );
  });

  it("lays out 20,000 items quickly", () => {
    const items = Array.from({ length: 20_000 }, (_, i) => `h${i}`);
    const t0 = performance.now();
    const positions = sectorLayout("kol", [
      { key: "a", items: items.slice(0, 15_000) },
      { key: "b", items: items.slice(15_000) },
    ]);
    expect(positions.size).toBe(20_001);
    expect(performance.now() - t0).toBeLessThan(500);
  });
});
