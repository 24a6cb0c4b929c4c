/**
 * The raw values of a model's components for every subject of its kind, read from the graph
 * (docs/SCORING.md, Subjects). Labels come from the model's subject through LABEL_OF_KIND,
 * never from input; everything else is a parameter.
 */
import type { Driver } from "neo4j-driver";
import { streamRecords } from "../../db/stream-records.ts";
import { toNative } from "../../db/to-native.ts";
import { ACTIVE_ON, CURRENT_INFLUENCE, INFLUENCE_MEASURES } from "../../model/cypher-fragments.ts";
import { LABEL_OF_KIND } from "../../model/entity-kinds.ts";
import { todayIso } from "../rollup/days.ts";
import { computeRollups, materializedRuns, type MetricPeriod } from "../rollup-store/materialize.ts";
import { STORED_ROLLUPS } from "../rollup-store/queries.ts";
import type { ScoringComponent, ScoringModel, ScoringSubject } from "./model.ts";
import type { Raw } from "./transforms.ts";

/**
 * Attributes by name, influence measures by their index in the current run's slot (indexes
 * arrive as floats from JavaScript, hence toInteger).
 */
const HCP_COLUMNS = `
OPTIONAL MATCH (current:InfluenceCurrent)
MATCH (h:HCP)
WITH h, ${CURRENT_INFLUENCE("h", "current")} AS influence
RETURN h.id AS id, [f IN $attributes | h[f]] + [i IN $measures | influence[toInteger(i)]] AS values`;

/** An account's or organization's attributes by name. */
const SUBJECT_COLUMNS = (label: string) => `
MATCH (n:${label})
RETURN n.id AS id, [f IN $attributes | n[f]] AS values`;

/** An HCP's roll-up is its own value. */
const HCP_METRIC = `
MATCH (m:MetricValue) WHERE m.metric = $metric AND m.period = $period
MATCH (h:HCP)-[:HAS_METRIC]->(m)
RETURN h.id AS id, m.value AS value`;

/** Current answers only: a superseded answer is history (api/src/field/surveys). */
const SURVEY_ANSWERS = (label: string) =>
  `MATCH (a:SurveyAnswer {question: $question, current: true})<-[:ANSWERED]-(n:${label}) RETURN n.id AS id, a.value AS value`;

/**
 * One influence measure (index `$measure` in the current run's slot) over the HCPs of each
 * account or organization: the distinct HCPs with a path of AFFILIATED_WITH edges in effect today
 * up to it, each counted once whatever the paths and weights. Null when none of them has the
 * measure (no HCPs, or no complete influence run yet).
 */
const AGGREGATED_INFLUENCE = (label: string) => `
OPTIONAL MATCH (current:InfluenceCurrent)
MATCH (n:${label})
CALL (n, current) {
  MATCH path = (h:HCP)-[:AFFILIATED_WITH*1..]->(n)
  WHERE all(r IN relationships(path) WHERE ${ACTIVE_ON("r", "date()")})
  WITH DISTINCT h, current
  WITH (${CURRENT_INFLUENCE("h", "current")})[toInteger($measure)] AS v
  RETURN CASE WHEN count(v) = 0 THEN null WHEN $aggregate = 'sum' THEN sum(v) WHEN $aggregate = 'max' THEN max(v) ELSE avg(v) END AS value
}
RETURN n.id AS id, value`;

type OnValue = (id: string, value: unknown) => void;
const each = (onValue: OnValue) => (r: { get(key: string): unknown }) => onValue(r.get("id") as string, r.get("value"));

/** Every subject's raw values for the model's components. */
export async function loadColumns(driver: Driver, model: ScoringModel): Promise<{ ids: string[]; columns: Record<string, Raw[]> }> {
  const subject = model.subject;
  const attributes = [...new Set(model.components.flatMap((c) => (c.source.kind === "attribute" ? [c.source.field] : [])))];
  const measures =
    subject === "HCP" ? [...new Set(model.components.flatMap((c) => (c.source.kind === "influence" ? [c.source.measure] : [])))] : [];
  const uniqueFields: string[] = [...attributes, ...measures];
  const ids: string[] = [];
  const index = new Map<string, number>();
  const byField = uniqueFields.map(() => [] as Raw[]);
  const [query, params] =
    subject === "HCP"
      ? [HCP_COLUMNS, { attributes, measures: measures.map((m) => INFLUENCE_MEASURES.indexOf(m)) }]
      : [SUBJECT_COLUMNS(LABEL_OF_KIND[subject]), { attributes }];
  await streamRecords(driver, query, params, (r) => {
    index.set(r.get("id") as string, ids.length);
    ids.push(r.get("id") as string);
    for (const [k, v] of (r.get("values") as unknown[]).entries()) byField[k]!.push(rawOf(v));
  });
  const columns: Record<string, Raw[]> = {};
  for (const c of model.components) {
    const s = c.source;
    if (s.kind === "attribute" || (s.kind === "influence" && subject === "HCP")) {
      columns[c.key] = byField[uniqueFields.indexOf(s.kind === "attribute" ? s.field : s.measure)]!;
      continue;
    }
    const column: Raw[] = ids.map(() => null);
    await eachValue(driver, subject, s, (id, value) => {
      const i = index.get(id);
      if (i !== undefined) column[i] = rawOf(value);
    });
    columns[c.key] = column;
  }
  return { ids, columns };
}

/** The values of one component that is not read with the subjects themselves, as (id, value) pairs. */
async function eachValue(
  driver: Driver,
  subject: ScoringSubject,
  s: Exclude<ScoringComponent["source"], { kind: "attribute" }>,
  onValue: OnValue,
): Promise<void> {
  const label = LABEL_OF_KIND[subject];
  if (s.kind === "survey") return streamRecords(driver, SURVEY_ANSWERS(label), { question: s.question }, each(onValue));
  if (s.kind === "influence") {
    const params = { measure: INFLUENCE_MEASURES.indexOf(s.measure), aggregate: s.aggregate };
    return streamRecords(driver, AGGREGATED_INFLUENCE(label), params, each(onValue));
  }
  const mp = { metric: s.metric, period: s.period };
  if (subject === "HCP") return streamRecords(driver, HCP_METRIC, mp, each(onValue));
  return rollupsAboveHcps(driver, mp, onValue);
}

/**
 * Roll-ups of the entities above the bottom level: the materialized ones (api/src/analytics/
 * rollup-store) when the metric-period is materialized, else computed in memory as of today,
 * the same values a materialization would store. Ids of other levels are passed on too; the
 * caller keeps those of its subjects.
 */
async function rollupsAboveHcps(driver: Driver, mp: MetricPeriod, onValue: OnValue): Promise<void> {
  if ((await materializedRuns(driver)).some((r) => r.metric === mp.metric && r.period === mp.period))
    return streamRecords(driver, STORED_ROLLUPS, { ...mp }, each(onValue));
  const { projection, result } = await computeRollups(driver, mp, todayIso());
  for (let i = 0; i < projection.nodeCount; i++) onValue(projection.nodeId(i), result.rollup[i]);
}

function rawOf(v: unknown): Raw {
  const n = toNative(v);
  return typeof n === "number" || typeof n === "string" ? n : null;
}
