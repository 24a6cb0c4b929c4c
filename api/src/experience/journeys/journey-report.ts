/** The journey map of a group of HCPs (journey-map.ts) read through journey-queries.ts. */
import type { Driver } from "neo4j-driver";
import type { AccessScope } from "../../model/access-scope.ts";
import { JOURNEY_STAGES, type TouchpointChannel } from "../../model/vocabulary.ts";
import { readableTerritory, visibleEntity } from "../report/experience-report.ts";
import { type FirstReached, type JourneyMap, type JourneyStage, journeySteps, type StageChannelCount } from "./journey-map.ts";
import { JOURNEY_TOUCHPOINTS } from "./journey-queries.ts";

export interface JourneyRequest {
  from: string;
  to: string;
  persona: string | null;
  id: string | null;
  territoryId: string | null;
}

export async function journeyMap(driver: Driver, scope: AccessScope, req: JourneyRequest): Promise<JourneyMap & { hcps: number }> {
  if (req.territoryId) await readableTerritory(driver, scope, req.territoryId);
  if (req.id) await visibleEntity(driver, scope, req.id);
  const { records } = await driver.executeQuery(JOURNEY_TOUCHPOINTS, { ...req, ...scope }, { routing: "READ" });
  const cells = new Map<string, StageChannelCount>();
  const firsts: FirstReached[] = [];
  for (const r of records) {
    const first: FirstReached = JOURNEY_STAGES.map(() => null);
    for (const [stage, channel, touchpoints, at] of r.get("rows") as [JourneyStage, TouchpointChannel, unknown, unknown][]) {
      const key = `${stage}|${channel}`;
      const cell = cells.get(key) ?? { stage, channel, touchpoints: 0 };
      cell.touchpoints += Number(touchpoints);
      cells.set(key, cell);
      const k = JOURNEY_STAGES.indexOf(stage);
      first[k] = Math.min(first[k] ?? Number.POSITIVE_INFINITY, Number(at));
    }
    firsts.push(first);
  }
  return {
    hcps: firsts.length,
    cells: [...cells.values()].sort(
      (a, b) => JOURNEY_STAGES.indexOf(a.stage) - JOURNEY_STAGES.indexOf(b.stage) || a.channel.localeCompare(b.channel),
    ),
    steps: journeySteps(firsts),
  };
}
