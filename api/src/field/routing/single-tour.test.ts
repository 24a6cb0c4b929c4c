import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { paths } from "../../config/paths.ts";
import { singleTourInputSchema, solveSingleTour } from "./single-tour.ts";

const HOME = { lat: 40.7128, lon: -74.006 };
/** Four stops on a line north of home: the only sensible tour goes up and comes back. */
const LINE = [3, 1, 4, 2].map((k) => ({ id: `s${k}`, lat: HOME.lat + k * 0.1, lon: HOME.lon }));

describe("npm run route: one closed tour from home", () => {
  it("orders stops on a line up and back, with the great-circle length of the closed tour", () => {
    const tour = solveSingleTour({ home: HOME, stops: LINE });
    expect([tour.order, [...tour.order].reverse()]).toContainEqual(["s1", "s2", "s3", "s4"]);
    // 0.4 degrees of latitude up and back: 2 x 44.48 km.
    expect(tour.distanceKm).toBeCloseTo(2 * 0.4 * 111.195, 1);
  });

  it("names the field of every bad input", () => {
    const bad = singleTourInputSchema.safeParse({
      home: { lat: 91, lon: 0 },
      stops: [
        { id: "a", lat: 1, lon: 1 },
        { id: "a", lat: 1, lon: "x" },
      ],
    });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues.map((i) => i.path.join("."))).toEqual(expect.arrayContaining(["home.lat", "stops.1.lon"]));
    const dup = singleTourInputSchema.safeParse({ home: HOME, stops: [LINE[0], LINE[0]] });
    expect(dup.error!.issues.map((i) => `${i.path.join(".")}: ${i.message}`)).toEqual(["stops.1.id: duplicate of stops[0].id"]);
  });

  it("the command prints the JSON tour, and exit code 2 with the field path for bad input", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "route-"));
    const good = path.join(dir, "good.json");
    writeFileSync(good, JSON.stringify({ home: HOME, stops: LINE }));
    const cli = ["tsx", path.join(paths.root, "api/src/cli/route.ts")];
    const out = JSON.parse(execFileSync("npx", [...cli, "--in", good, "--json"], { encoding: "utf8" }));
    expect(out.order).toHaveLength(4);
    expect(out.distanceKm).toBeCloseTo(88.96, 1);

    const badFile = path.join(dir, "bad.json");
    writeFileSync(badFile, JSON.stringify({ home: HOME, stops: [{ id: "x", lat: 200, lon: 0 }] }));
    const bad = spawnSync("npx", [...cli, "--in", badFile, "--json"], { encoding: "utf8" });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("stops.0.lat");
  }, 60_000);
});
