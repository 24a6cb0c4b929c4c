/**
 * Keeps the customer-experience lists current (docs/EXPERIENCE.md, Roll-ups): an HCP's month lists
 * from its feedback, touchpoints and activities, its quarter lists from its prescribing, and the
 * lists of its ancestors as weighted sums along the edges active today. Writers call
 * `refreshExperience` in their transaction with the HCPs they touched; hierarchy changes
 * recompute the same ancestor layers as the roll-up refresh (`recomputeExperienceLayers`); `rebuildExperience`
 * recomputes everything (seed, benchmark, a changed prescriber rule).
 */
import type { Driver } from "neo4j-driver";
import { type CypherRunner, driverRunner } from "../../db/cypher-runner.ts";
import { ancestorLayers } from "../../analytics/rollup-store/refresh.ts";
import type { FeedbackKind, TouchpointChannel } from "../../model/vocabulary.ts";
import { CHANNEL_OF_ACTIVITY } from "../touchpoints/touchpoint.ts";
import { hcpRetention } from "../kpis/retention.ts";
import {
  ENTITIES_OF_LEVEL,
  HCP_METRIC_QUARTERS,
  HCP_RECORDS,
  HCPS_WITH_QUARTERS,
  HCPS_WITH_RECORDS,
  RECOMPUTE_ROLLUPS,
  WRITE_HCP_VALUES,
} from "./experience-queries.ts";
import { isEmpty, monthVector } from "./month-vector.ts";
import { type PrescriberRule, prescriberRule } from "./prescriber-rule.ts";
import { nextQuarter, previousQuarter } from "./quarters.ts";

interface PeriodList {
  period: string;
  v: number[];
}

type RawMonth = { month: string; feedback: [FeedbackKind, unknown][]; touchpoints: [TouchpointChannel, boolean, unknown, unknown][] };

const num = (x: unknown) => Number(x ?? 0);

async function writeMonths(run: CypherRunner, ids: string[]): Promise<void> {
  const records = await run(HCP_RECORDS, { ids, channelOfActivity: CHANNEL_OF_ACTIVITY });
  const rows = records.map((r) => ({
    id: r.get("id") as string,
    values: (r.get("months") as RawMonth[])
      .map(
        (m): PeriodList => ({
          period: m.month,
          v: monthVector(
            m.feedback.map(([kind, score]) => ({ kind, score: num(score) })),
            m.touchpoints.map(([channel, delivered, events, minutes]) => ({
              channel,
              delivered,
              events: num(events),
              minutes: num(minutes),
            })),
          ),
        }),
      )
      .filter((x) => !isEmpty(x.v)),
  }));
  await run(WRITE_HCP_VALUES, { rows, quarters: false });
}

/** Quarter lists of one HCP from its metric values by quarter. */
export function quarterLists(values: [string, unknown][], rule: PrescriberRule): PeriodList[] {
  const prescribing = new Set(values.filter(([, v]) => num(v) > rule.threshold).map(([p]) => p));
  const periods = new Set([...prescribing, ...[...prescribing].map(nextQuarter)]);
  return [...periods]
    .sort()
    .map((period) => ({ period, v: hcpRetention(prescribing.has(previousQuarter(period)), prescribing.has(period)) }))
    .filter((x) => !isEmpty(x.v));
}

async function writeQuarters(run: CypherRunner, ids: string[], rule: PrescriberRule): Promise<void> {
  const records = await run(HCP_METRIC_QUARTERS, { ids, metric: rule.metric });
  const rows = records.map((r) => ({
    id: r.get("id") as string,
    values: quarterLists(
      (r.get("values") as [string | null, unknown][]).filter((x): x is [string, unknown] => x[0] !== null),
      rule,
    ),
  }));
  await run(WRITE_HCP_VALUES, { rows, quarters: true });
}

/** Recomputes the lists of the entities in `layers` (ancestorLayers: nearest first) from their children's. */
export async function recomputeExperienceLayers(run: CypherRunner, layers: readonly string[][]): Promise<void> {
  for (const nodes of layers) await run(RECOMPUTE_ROLLUPS, { nodes });
}

export interface ExperienceTouched {
  /** HCPs whose feedback, touchpoints or activities changed. */
  records?: readonly string[];
  /** HCPs whose prescribing metric changed. */
  metrics?: readonly string[];
}

/**
 * Brings the lists of the touched HCPs and of their ancestors up to date, in the caller's
 * transaction; `layers`: the touched entities' ancestorLayers when the caller has them already.
 */
export async function refreshExperience(run: CypherRunner, touched: ExperienceTouched, layers?: readonly string[][]): Promise<void> {
  const records = [...new Set(touched.records ?? [])].sort();
  const metrics = [...new Set(touched.metrics ?? [])].sort();
  if (records.length) await writeMonths(run, records);
  if (metrics.length) await writeQuarters(run, metrics, prescriberRule());
  await recomputeExperienceLayers(run, layers ?? (await ancestorLayers(run, [...records, ...metrics])));
}

const PAGE = 1_000;

async function pages(driver: Driver, query: string, params: Record<string, unknown>, each: (ids: string[]) => Promise<void>) {
  const { records } = await driver.executeQuery(query, params, { routing: "READ" });
  const ids = records.map((r) => r.get("id") as string);
  for (let i = 0; i < ids.length; i += PAGE) await each(ids.slice(i, i + PAGE));
  return ids.length;
}

export interface RebuildResult {
  hcps: number;
  entities: number;
  milliseconds: number;
}

/** Recomputes every list: the HCPs' own, then each level above from the one below. */
export async function rebuildExperience(
  driver: Driver,
  log: (line: string) => void = () => {},
  rule = prescriberRule(),
): Promise<RebuildResult> {
  const started = Date.now();
  const run = driverRunner(driver);
  const withRecords = await pages(driver, HCPS_WITH_RECORDS, {}, (ids) => writeMonths(run, ids));
  const withQuarters = await pages(driver, HCPS_WITH_QUARTERS, { metric: rule.metric }, (ids) => writeQuarters(run, ids, rule));
  log(`experience: month lists of ${withRecords} HCPs, quarter lists of ${withQuarters}`);
  let entities = 0;
  for (const level of [2, 3, 4]) {
    const { records } = await driver.executeQuery(ENTITIES_OF_LEVEL, { level }, { routing: "READ" });
    const nodes = records.map((r) => r.get("node") as string);
    for (let i = 0; i < nodes.length; i += PAGE) await run(RECOMPUTE_ROLLUPS, { nodes: nodes.slice(i, i + PAGE) });
    entities += nodes.length;
    log(`experience: level ${level}, ${nodes.length} entities`);
  }
  return { hcps: Math.max(withRecords, withQuarters), entities, milliseconds: Date.now() - started };
}
