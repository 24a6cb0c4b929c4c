/**
 * Customer-experience KPIs of an entity, a territory, a level's table, an entity's children and
 * groups of HCPs (docs/EXPERIENCE.md). Unrestricted callers read the stored roll-ups; a REP's
 * figures are computed from the HCPs aligned to their territories only, so no figure reveals
 * another territory's answers.
 */
import type { Driver, RecordShape, Record as Neo4jRecord } from "neo4j-driver";
import { REGION_TERRITORY_IDS } from "../../field/reporting/report-queries.ts";
import { badUserInput, DomainError, ErrorCode, notFound } from "../../graphql/errors.ts";
import type { AccessScope } from "../../model/access-scope.ts";
import { namesOf } from "../../analytics/rollup-store/rollup-table.ts";
import { type EntityKind, LABEL_OF_KIND, levelOf } from "../../model/entity-kinds.ts";
import { monthsBetween, quartersWithin } from "../facts/quarters.ts";
import { type ExperienceKpis, kpisOf, type SummedLists, type TrendPoint, trendOf } from "./experience-kpis.ts";
import {
  BREAKDOWN,
  CHILDREN,
  ENTITY,
  LEVEL_VALUES,
  REGION_VALUES,
  STORED_VALUES,
  TERRITORY,
  TERRITORY_VALUES,
  VISIBLE_LEVEL_IDS,
  VISIBLE_VALUES,
} from "./report-queries.ts";

export interface MonthRange {
  from: string;
  to: string;
}

interface Periods extends MonthRange {
  months: string[];
  quarters: string[];
}

export interface ExperienceReport {
  id: string;
  name: string;
  kind: EntityKind | "TERRITORY" | "REGION";
  from: string;
  to: string;
  kpis: ExperienceKpis;
  trend: TrendPoint[];
}

const periodsOf = (r: MonthRange): Periods => ({ ...r, months: monthsBetween(r.from, r.to), quarters: quartersWithin(r.from, r.to) });

async function read(driver: Driver, query: string, params: Record<string, unknown>): Promise<Neo4jRecord<RecordShape>[]> {
  return (await driver.executeQuery(query, params, { routing: "READ" })).records;
}

/** Summed lists per key of a SUM_BY_KEY query. */
async function listsByKey(driver: Driver, query: string, params: Record<string, unknown>, p: Periods): Promise<Map<string, SummedLists>> {
  const records = await read(driver, query, { ...params, months: p.months, quarters: p.quarters });
  return new Map(
    records.map((r) => [
      r.get("key") as string,
      {
        months: r.get("months") as number[] | null,
        quarters: r.get("quarters") as SummedLists["quarters"],
        trend: r.get("trend") as SummedLists["trend"],
      },
    ]),
  );
}

/** The lists of entities as the caller may see them. */
function entityLists(driver: Driver, scope: AccessScope, ids: string[], p: Periods) {
  return scope.restricted
    ? listsByKey(driver, VISIBLE_VALUES, { ids, territories: scope.territories }, p)
    : listsByKey(driver, STORED_VALUES, { ids }, p);
}

/** The report of one key's lists. */
function reportOf(
  subject: { id: string; name: string; kind: ExperienceReport["kind"] },
  lists: SummedLists | undefined,
  p: Periods,
): ExperienceReport {
  return { ...subject, from: p.from, to: p.to, kpis: kpisOf(lists, p), trend: trendOf(lists, p) };
}

/** The entity as the caller may see it; NOT_FOUND when missing or hidden. */
export async function visibleEntity(driver: Driver, scope: AccessScope, id: string) {
  const entity = (await read(driver, ENTITY, { id, ...scope }))[0];
  if (!entity) throw notFound(`Entity ${id}`);
  return { id, name: entity.get("name") as string, kind: entity.get("kind") as EntityKind };
}

/** The territory's name; FORBIDDEN for a REP not covering it, NOT_FOUND when missing. */
export async function readableTerritory(driver: Driver, scope: AccessScope, id: string): Promise<string> {
  if (scope.restricted && !scope.territories.includes(id))
    throw new DomainError(ErrorCode.FORBIDDEN, "A REP may read the experience figures of the territories they cover only.");
  const territory = (await read(driver, TERRITORY, { id }))[0];
  if (!territory) throw notFound(`Territory ${id}`);
  return territory.get("name") as string;
}

export async function entityExperience(driver: Driver, scope: AccessScope, id: string, range: MonthRange): Promise<ExperienceReport> {
  const entity = await visibleEntity(driver, scope, id);
  const p = periodsOf(range);
  return reportOf(entity, (await entityLists(driver, scope, [id], p)).get(id), p);
}

export async function territoryExperience(driver: Driver, scope: AccessScope, id: string, range: MonthRange): Promise<ExperienceReport> {
  const name = await readableTerritory(driver, scope, id);
  const p = periodsOf(range);
  return reportOf({ id, name, kind: "TERRITORY" }, (await listsByKey(driver, TERRITORY_VALUES, { ids: [id] }, p)).get(id), p);
}

/** A region's KPIs: its territories' HCPs, each once. A REP only for a region all of whose territories they cover. */
export async function regionExperience(driver: Driver, scope: AccessScope, region: string, range: MonthRange): Promise<ExperienceReport> {
  const territories = (await read(driver, REGION_TERRITORY_IDS, { id: region }))[0]!.get("territories") as string[];
  if (scope.restricted && (territories.length === 0 || territories.some((t) => !scope.territories.includes(t))))
    throw new DomainError(
      ErrorCode.FORBIDDEN,
      "A REP may read the experience figures of a region only when they cover all its territories.",
    );
  if (territories.length === 0) throw notFound(`Region ${region}`);
  const p = periodsOf(range);
  return reportOf(
    { id: region, name: region, kind: "REGION" },
    (await listsByKey(driver, REGION_VALUES, { id: region }, p)).get(region),
    p,
  );
}

export const TABLE_SORTS = ["NPS", "CSAT", "ENGAGEMENT", "RESPONSES", "NAME"] as const;
export type TableSort = (typeof TABLE_SORTS)[number];

export interface TableRow {
  id: string;
  name: string;
  kpis: ExperienceKpis;
}

function sortKey(row: TableRow, sort: TableSort): number | string | null {
  switch (sort) {
    case "NPS":
      return row.kpis.nps.score;
    case "CSAT":
      return row.kpis.csat.score;
    case "ENGAGEMENT":
      return row.kpis.engagement.rate;
    case "RESPONSES":
      return row.kpis.nps.responses;
    case "NAME":
      return row.name;
  }
}

/** Ascending, entities without a value last whatever the direction. */
function compareRows(sort: TableSort, descending: boolean) {
  return (a: TableRow, b: TableRow) => {
    const x = sortKey(a, sort);
    const y = sortKey(b, sort);
    if (x === null || y === null) return x === y ? a.id.localeCompare(b.id) : x === null ? 1 : -1;
    const c = typeof x === "string" ? x.localeCompare(y as string) : x - (y as number);
    return (descending ? -c : c) || a.id.localeCompare(b.id);
  };
}

export interface TableRequest extends MonthRange {
  kind: EntityKind;
  sort: TableSort;
  descending: boolean;
  limit: number;
  offset: number;
}

/** Every entity of a kind with figures in the range, sorted and paged; KPIs only, no trend. */
export async function experienceTable(driver: Driver, scope: AccessScope, req: TableRequest): Promise<{ total: number; rows: TableRow[] }> {
  const p = periodsOf(req);
  const level = levelOf(req.kind);
  let lists: Map<string, SummedLists>;
  if (scope.restricted) {
    const ids = (await read(driver, VISIBLE_LEVEL_IDS, { level, territories: scope.territories }))[0]!.get("ids") as string[];
    lists = await entityLists(driver, scope, ids, p);
  } else lists = await listsByKey(driver, LEVEL_VALUES, { level }, p);
  const scored = [...lists.entries()].map(([id, l]) => ({ id, name: id, kpis: kpisOf(l, p) }));
  const names = await namesOf(
    driver,
    LABEL_OF_KIND[req.kind],
    scored.map((r) => r.id),
  );
  for (const row of scored) row.name = names.get(row.id) ?? row.id;
  scored.sort(compareRows(req.sort, req.descending));
  return { total: scored.length, rows: scored.slice(req.offset, req.offset + req.limit) };
}

export interface ChildChange {
  id: string;
  name: string;
  kind: EntityKind;
  weight: number;
  current: ExperienceKpis;
  previous: ExperienceKpis;
  /** current NPS - previous NPS; null when either has no answers. */
  npsChange: number | null;
  /**
   * This child's part of the parent's NPS change: its weighted (promoters - detractors) over the
   * parent's answers, now minus before, in points. The parts add up to the parent's change.
   */
  npsImpact: number;
}

const netShare = (k: ExperienceKpis, weight: number, parentResponses: number) =>
  parentResponses > 0 ? (100 * weight * (k.nps.promoters - k.nps.detractors)) / parentResponses : 0;

/**
 * The children of an entity with their KPIs in `current` and `previous`, the biggest drag on the
 * parent's NPS first: how an organization's drop is traced to its accounts and an account's to its HCPs.
 */
export async function experienceChildren(
  driver: Driver,
  scope: AccessScope,
  id: string,
  current: MonthRange,
  previous: MonthRange,
): Promise<{ parent: ExperienceReport; previous: ExperienceKpis; children: ChildChange[] }> {
  const entity = await visibleEntity(driver, scope, id);
  const pc = periodsOf(current);
  const pp = periodsOf(previous);
  const children = (await read(driver, CHILDREN, { id, ...scope })).map((r) => ({
    id: r.get("id") as string,
    name: r.get("name") as string,
    kind: r.get("kind") as EntityKind,
    weight: Number(r.get("weight")),
  }));
  const ids = [id, ...children.map((c) => c.id)];
  const [now, before] = await Promise.all([entityLists(driver, scope, ids, pc), entityLists(driver, scope, ids, pp)]);
  const parent = reportOf(entity, now.get(id), pc);
  const parentBefore = kpisOf(before.get(id), pp);
  const rows = children.map((c): ChildChange => {
    const cur = kpisOf(now.get(c.id), pc);
    const prev = kpisOf(before.get(c.id), pp);
    return {
      ...c,
      current: cur,
      previous: prev,
      npsChange: cur.nps.score !== null && prev.nps.score !== null ? cur.nps.score - prev.nps.score : null,
      npsImpact: netShare(cur, c.weight, parent.kpis.nps.responses) - netShare(prev, c.weight, parentBefore.nps.responses),
    };
  });
  rows.sort((a, b) => a.npsImpact - b.npsImpact || a.id.localeCompare(b.id));
  return { parent, previous: parentBefore, children: rows };
}

export const BREAKDOWNS = ["PERSONA", "SEGMENT", "TERRITORY"] as const;
export type Breakdown = (typeof BREAKDOWNS)[number];

/** KPIs of groups of HCPs, optionally below one entity. */
export async function experienceBreakdown(
  driver: Driver,
  scope: AccessScope,
  req: MonthRange & { by: Breakdown; model: string | null; entityId: string | null },
): Promise<{ group: string; kpis: ExperienceKpis }[]> {
  if (req.by === "SEGMENT" && !req.model) throw badUserInput("Argument model: a SEGMENT breakdown names the scoring model", ["model"]);
  if (req.entityId) await visibleEntity(driver, scope, req.entityId);
  const p = periodsOf(req);
  const lists = await listsByKey(driver, BREAKDOWN, { by: req.by, model: req.model ?? "", id: req.entityId, ...scope }, p);
  return [...lists.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([group, l]) => ({ group, kpis: kpisOf(l, p) }));
}
