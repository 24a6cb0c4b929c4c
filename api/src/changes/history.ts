/**
 * History: an entity and its edges as of a past date, and the diff of the hierarchy under an
 * entity between two dates. Effective dates decide whether an edge counts at date d, as they are
 * recorded now (a back-dated affiliation or a corrected end date shows in the past it describes);
 * the edge's other properties are those it had at the end of d: where the audit log records
 * edits after d, the state before the first of them, so later edits never rewrite the past.
 */
import type { Driver } from "neo4j-driver";
import neo4j from "neo4j-driver";
import { toNative } from "../db/to-native.ts";
import { DomainError, ErrorCode } from "../graphql/errors.ts";
import { UNRESTRICTED_SCOPE } from "../model/access-scope.ts";
import { ENTITY_BY_ID } from "../model/cypher-fragments.ts";
import { ROLLUPS_AS_OF, MATERIALIZED_RUNS } from "../analytics/rollup-store/queries.ts";

export interface EdgeAtDate {
  id: string;
  childId: string;
  parentId: string;
  weight: number;
  primary: boolean;
  type: string | null;
  validFrom: string | null;
  validTo: string | null;
  version: number;
}

/** Edges around an entity (up and down one level: `direction`), or all below it, each with its audit events after a date. */
const EDGES = (pattern: string) => `
${ENTITY_BY_ID("n")}
MATCH ${pattern}
WITH DISTINCT e, c, p
OPTIONAL MATCH (a:AuditEvent {subjectId: e.id}) WHERE a.at > datetime($after) AND a.action IN ['UPDATE', 'CONFIRM']
WITH e, c, p, a ORDER BY a.at
WITH e, c, p, collect(a.before)[0] AS firstBefore
RETURN e {.*, childId: c.id, parentId: p.id, validFrom: toString(e.validFrom), validTo: toString(e.validTo)} AS current, firstBefore
LIMIT $limit`;

/** Most edges a history read compares at one date; the walk below an entity is also bounded by the request's time budget. */
export const MAX_HISTORY_EDGES = 10_000;

const AROUND = EDGES("(c)-[e:AFFILIATED_WITH]->(p) WHERE c = n OR p = n");
const BELOW = EDGES("(c)-[e:AFFILIATED_WITH]->(p), path = (p)-[:AFFILIATED_WITH*0..]->(n)");

/** The edges in effect at `date`, with the properties they had at the end of that day. */
async function edgesAt(driver: Driver, query: string, id: string, date: string, maxEdges: number): Promise<EdgeAtDate[]> {
  const params = { id, after: `${date}T23:59:59.999Z`, limit: neo4j.int(maxEdges + 1) };
  const { records } = await driver.executeQuery(query, params, { routing: "READ" });
  if (records.length > maxEdges) {
    throw new DomainError(
      ErrorCode.LIMIT_EXCEEDED,
      `${id} has more than ${maxEdges} edges to compare; ask about an entity lower in the hierarchy.`,
      {
        limit: maxEdges,
      },
    );
  }
  const edges: EdgeAtDate[] = [];
  for (const r of records) {
    const current = toNative(r.get("current")) as Record<string, unknown>;
    const before = r.get("firstBefore") as string | null;
    const state = before === null ? current : (JSON.parse(before) as Record<string, unknown>);
    const from = (current.validFrom as string | null) ?? null;
    const to = (current.validTo as string | null) ?? null;
    if ((from === null || from <= date) && (to === null || to >= date)) {
      edges.push({
        id: state.id as string,
        childId: state.childId as string,
        parentId: state.parentId as string,
        weight: Number(state.weight),
        primary: Boolean(state.primary),
        type: (state.type as string) ?? null,
        validFrom: from,
        validTo: to,
        version: Number(state.version ?? 0),
      });
    }
  }
  return edges.sort((a, b) => a.id.localeCompare(b.id));
}

export async function entityAsOf(driver: Driver, id: string, date: string) {
  const { records } = await driver.executeQuery(`${ENTITY_BY_ID("n")} RETURN n {.*} AS n`, { id }, { routing: "READ" });
  if (!records[0]) return null;
  return { entity: JSON.stringify(toNative(records[0].get("n"))), edges: await edgesAt(driver, AROUND, id, date, MAX_HISTORY_EDGES) };
}

export async function hierarchyDiff(driver: Driver, id: string, from: string, to: string, maxEdges = MAX_HISTORY_EDGES) {
  const [before, after] = await Promise.all([edgesAt(driver, BELOW, id, from, maxEdges), edgesAt(driver, BELOW, id, to, maxEdges)]);
  const was = new Map(before.map((e) => [e.id, e]));
  const now = new Map(after.map((e) => [e.id, e]));
  const changed = after.filter((e) => {
    const w = was.get(e.id);
    return w !== undefined && (w.weight !== e.weight || w.primary !== e.primary || w.type !== e.type || w.parentId !== e.parentId);
  });
  return {
    added: after.filter((e) => !was.has(e.id)),
    ended: before.filter((e) => !now.has(e.id)),
    changed: changed.map((e) => ({ before: was.get(e.id)!, after: e })),
    // A function, so GraphQL computes it only when the field is selected: two as-of roll-ups per materialized metric-period.
    rollups: () => rollupsAtBothDates(driver, id, from, to),
  };
}

/** The entity's roll-up as of `from` and as of `to`, for every materialized metric-period. */
async function rollupsAtBothDates(driver: Driver, id: string, from: string, to: string) {
  const runs = (await driver.executeQuery(MATERIALIZED_RUNS, {}, { routing: "READ" })).records.map(
    (r) => r.get("run") as { metric: string; period: string },
  );
  const rollups = [];
  for (const run of runs) {
    const at = async (date: string) =>
      (
        await driver.executeQuery(
          ROLLUPS_AS_OF,
          { ids: [id], metric: run.metric, period: run.period, asOf: date, ...UNRESTRICTED_SCOPE },
          { routing: "READ" },
        )
      ).records[0]?.get("rollup") as number | undefined;
    const [a, b] = [await at(from), await at(to)];
    rollups.push({ metric: run.metric, period: run.period, from: a ?? 0, to: b ?? 0, delta: (b ?? 0) - (a ?? 0) });
  }
  return rollups;
}
