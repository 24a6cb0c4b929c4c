import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { cellOf, cellsCentre, MAX_MASS, pointAt, spreadOf, territoryGrid, zipSuffix } from "./metro-geometry.ts";
import { METROS } from "./reference-data.ts";

const nyc = METROS[0]!;

describe("metro geometry", () => {
  it("cuts small metros into slices and large ones into rings of slices", () => {
    expect(territoryGrid(1)).toEqual({ rings: 1, sectors: 1 });
    expect(territoryGrid(5)).toEqual({ rings: 1, sectors: 5 });
    const big = territoryGrid(200);
    expect(big.rings).toBeGreaterThan(4);
    expect(Math.abs(big.rings * big.sectors - 200)).toBeLessThan(big.rings);
  });

  it("puts every position in one cell of the grid, and a cell's centre back in that cell", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 300 }),
        fc.double({ min: 0, max: MAX_MASS, noNaN: true }),
        fc.double({ min: 0, max: 0.999999, noNaN: true }),
        (count, mass, turn) => {
          const grid = territoryGrid(count);
          const cell = cellOf(grid, { mass, turn });
          expect(cell).toBeGreaterThanOrEqual(0);
          expect(cell).toBeLessThan(grid.rings * grid.sectors);
          expect(cellOf(grid, cellsCentre(grid, cell, cell))).toBe(cell);
          expect(zipSuffix({ mass, turn })).toMatch(/^\d\d$/);
        },
      ),
    );
  });

  it("puts the centre of a whole single-ring metro at the metro centre", () => {
    expect(pointAt(nyc, cellsCentre(territoryGrid(2), 0, 1))).toEqual({ lat: nyc.lat, lon: nyc.lon });
  });

  it("keeps points within four spreads of the centre", () => {
    const edge = pointAt(nyc, { mass: MAX_MASS, turn: 0.25 });
    expect(edge.lat - nyc.lat).toBeCloseTo(4 * spreadOf(nyc), 6);
    expect(pointAt(nyc, { mass: 0, turn: 0 })).toEqual({ lat: nyc.lat, lon: nyc.lon });
  });
});
