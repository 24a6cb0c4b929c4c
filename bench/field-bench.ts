/**
 * `npm run bench -- field`: route quality and speed. Random instances of 50, 100 and 200 stops
 * (home in the middle of a 100 km box), five each; our solver (`npm run route`'s code, in
 * process, default settings) against OR-Tools routing with guided local search and a 10 s limit
 * (bench/field/ortools_tour.py, PyPI `ortools`, the reference only) on the same file, both
 * measured with the same great-circle distance.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { REPO_ROOT } from "@pharmagraph/neo4j-local";
import { type SingleTourInput, solveSingleTour } from "../api/src/field/routing/single-tour.ts";
import { SeededRandom } from "../api/src/model/seeded-random.ts";

const SIZES = [50, 100, 200];
const INSTANCES_PER_SIZE = 5;
const ORTOOLS_SECONDS = 10;
/** A 100 km square around 40.5 N: 0.9 degrees of latitude, 1.18 of longitude. */
const BOX = { lat: 40.05, lon: -75.59, dLat: 0.9, dLon: 1.18 };

export interface RouteCase {
  stops: number;
  seed: number;
  ourKm: number;
  ourMs: number;
  ortoolsKm?: number;
  /** Our length divided by OR-Tools' length (1.02 = 2% longer). */
  ratio?: number;
}

export interface FieldBenchResult {
  ortools: string;
  cases: RouteCase[];
  bySize: { stops: number; meanRatio?: number; worstRatio?: number; maxOurMs: number }[];
}

function instance(stops: number, seed: number): SingleTourInput {
  const r = new SeededRandom(seed * 1000 + stops);
  return {
    home: { lat: BOX.lat + BOX.dLat / 2, lon: BOX.lon + BOX.dLon / 2 },
    stops: Array.from({ length: stops }, (_, i) => ({
      id: `s${i}`,
      lat: BOX.lat + r.next() * BOX.dLat,
      lon: BOX.lon + r.next() * BOX.dLon,
    })),
  };
}

function ortoolsKm(file: string): { km?: number; skipped?: string } {
  const run = spawnSync("python3", [path.join(REPO_ROOT, "bench", "field", "ortools_tour.py"), file, String(ORTOOLS_SECONDS)], {
    encoding: "utf8",
  });
  if (run.error) return { skipped: `python3 is not available (${run.error.message})` };
  if (run.status !== 0) return { skipped: `OR-Tools failed or is missing (pip install ortools): ${run.stderr.trim().split("\n").pop()}` };
  return { km: (JSON.parse(run.stdout) as { distanceKm: number }).distanceKm };
}

export function runFieldBench(log: (line: string) => void): FieldBenchResult {
  const dir = mkdtempSync(path.join(tmpdir(), "route-bench-"));
  const cases: RouteCase[] = [];
  let ortools = "OR-Tools guided local search, 10 s per instance";
  for (const stops of SIZES) {
    for (let seed = 1; seed <= INSTANCES_PER_SIZE; seed++) {
      const input = instance(stops, seed);
      const file = path.join(dir, `route-${stops}-${seed}.json`);
      writeFileSync(file, JSON.stringify(input));
      const t0 = performance.now();
      const ours = solveSingleTour(input);
      const ourMs = Math.round(performance.now() - t0);
      const ref = ortoolsKm(file);
      if (ref.skipped) ortools = ref.skipped;
      const c: RouteCase = {
        stops,
        seed,
        ourKm: ours.distanceKm,
        ourMs,
        ortoolsKm: ref.km,
        ratio: ref.km ? ours.distanceKm / ref.km : undefined,
      };
      log(
        `route ${stops} stops, instance ${seed}: ours ${c.ourKm.toFixed(2)} km in ${ourMs} ms, OR-Tools ${c.ortoolsKm?.toFixed(2) ?? "-"} km`,
      );
      cases.push(c);
    }
  }
  const bySize = SIZES.map((stops) => {
    const of = cases.filter((c) => c.stops === stops);
    const ratios = of.flatMap((c) => (c.ratio === undefined ? [] : [c.ratio]));
    return {
      stops,
      meanRatio: ratios.length ? ratios.reduce((s, x) => s + x, 0) / ratios.length : undefined,
      worstRatio: ratios.length ? Math.max(...ratios) : undefined,
      maxOurMs: Math.max(...of.map((c) => c.ourMs)),
    };
  });
  return { ortools, cases, bySize };
}
