/**
 * `npm run bench -- plans`: target lists and call plans for every territory at `us` scale (goal:
 * under 60 s), on the shared `us` bench database with the six-component model's segments, then
 * a week plan for one rep of an approved plan. Each with the process's peak RSS.
 */
import type { Driver } from "neo4j-driver";
import { activateVersion, saveDraft } from "../api/src/analytics/scoring/scoring-store.ts";
import { saveCycle } from "../api/src/field/call-plans/cycle-store.ts";
import { generateCallPlans } from "../api/src/field/call-plans/generate-call-plans.ts";
import { planRepWeek, routeSettingsSchema } from "../api/src/field/planning/week-plan-store.ts";
import { measured } from "./analytics-bench.ts";
import { benchModel, usScaleDriver } from "./us-scale.ts";

const CYCLE = { id: "bench-2027-Q1", name: "Bench 2027 Q1", startDate: "2027-01-04", endDate: "2027-04-02" };
const FREQUENCIES = new Map([
  ["A", 6],
  ["B", 4],
  ["C", 2],
  ["D", 0],
]);

const DELETE_BENCH_PLANS = `
MATCH (cp:CallPlan {cycleId: $cycleId})
OPTIONAL MATCH (cp)-[:HAS_TARGET]->(t:Target)
WITH cp, collect(t) AS targets
CALL (cp, targets) { FOREACH (t IN targets | DETACH DELETE t) DETACH DELETE cp } IN TRANSACTIONS OF 200 ROWS`;

async function ensureScores(driver: Driver, log: (line: string) => void): Promise<void> {
  const { records } = await driver.executeQuery("MATCH (m:ScoringModel {name: 'bench6', status: 'ACTIVE'}) RETURN count(m) AS n");
  if (Number(records[0]!.get("n")) > 0) return;
  log("activating the bench6 scoring model (scores every HCP once, about a minute)");
  const saved = await saveDraft(driver, benchModel(), "bench");
  await activateVersion(driver, saved.name, saved.version, "bench");
}

export async function runCallPlanBench(log: (line: string) => void) {
  const driver = await usScaleDriver(log);
  try {
    await ensureScores(driver, log);
    const session = driver.session();
    try {
      await session.run(DELETE_BENCH_PLANS, { cycleId: CYCLE.id });
    } finally {
      await session.close();
    }
    await saveCycle(driver, CYCLE);
    const audit = { actor: "bench", origin: "CHANGE" as const, importId: null, changeId: null, requestId: "bench", reason: "bench" };
    const generated = await measured(() =>
      generateCallPlans(driver, {
        cycleId: CYCLE.id,
        model: "bench6",
        accountModel: null,
        frequencies: FREQUENCIES,
        callsPerDay: 8,
        territoryIds: null,
        managedOnly: false,
        audit,
      }),
    );
    log(
      `call plans for every territory: ${generated.milliseconds} ms (goal 60000), ${JSON.stringify({ ...generated.result, skippedApproved: undefined })}`,
    );

    const rep = (
      await driver.executeQuery(
        `MATCH (u:User:Rep)-[:COVERS]->(t:Territory) WHERE u.baseLat IS NOT NULL WITH u ORDER BY u.id LIMIT 1
         MATCH (u)-[:COVERS]->(t:Territory) MATCH (cp:CallPlan {id: $cycleId + '|' + t.id}) SET cp.status = 'APPROVED' RETURN u.id AS id, count(cp) AS plans`,
        { cycleId: CYCLE.id },
      )
    ).records[0]!;
    const weeks: number[] = [];
    let stops = 0;
    for (let i = 0; i < 5; i++) {
      const w = await measured(() =>
        planRepWeek(driver, {
          repId: rep.get("id") as string,
          weekStart: "2027-01-11",
          settings: routeSettingsSchema.parse({ seed: i + 1 }),
        }),
      );
      weeks.push(w.milliseconds);
      stops = w.result.days.reduce((n, d) => n + d.visits.length, 0);
    }
    weeks.sort((a, b) => a - b);
    log(`week plan for one rep: median ${weeks[2]} ms, max ${weeks[4]} ms, ${stops} visits planned`);
    return {
      generation: {
        ...generated.result,
        milliseconds: generated.milliseconds,
        goalMilliseconds: 60_000,
        peakRssMb: generated.peakRssMb,
        skippedApproved: generated.result.skippedApproved.length,
      },
      weekPlan: { repId: rep.get("id"), plans: Number(rep.get("plans")), medianMs: weeks[2], maxMs: weeks[4], visits: stops },
    };
  } finally {
    await driver.close();
  }
}
