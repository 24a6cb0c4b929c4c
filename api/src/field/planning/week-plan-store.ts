/**
 * A rep's week plan from their approved call plans: the week's stops (`chooseWeekStops`), each
 * HCP visited at their primary account (its place and opening hours) when they have one, routed
 * day by day by the week planner (api/src/field/routing/week-plan.ts), stored as
 * `(:WeekPlan {id: '<rep>|<Monday>', repId, weekStart, plan (JSON), settings (JSON), version,
 * generatedAt, reordered})`. The rep may then reorder a day by hand: times are recomputed with the
 * same travel model and each visit says whether it still keeps its opening window.
 */
import type { Driver } from "neo4j-driver";
import { z } from "zod";
import { toNative } from "../../db/to-native.ts";
import { DomainError, ErrorCode } from "../../graphql/errors.ts";
import { ACTIVE_ON } from "../../model/cypher-fragments.ts";
import { CALLS_ON_TARGET } from "../call-plans/call-plan-store.ts";
import { addDays, isoWeekday } from "../../model/calendar.ts";
import type { TimeWindow } from "../routing/week-plan.ts";
import { type PlanStop, planWeek, scheduleDayInOrder, type WeekPlanSettings } from "../routing/week-plan.ts";
import { chooseWeekStops, type WeekTarget } from "./choose-week-stops.ts";
import { clockOf, minutesOf, windowsByDay } from "./opening-hours.ts";

const DAYS = 5;

export const routeSettingsSchema = z
  .object({
    workStart: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "must be HH:MM")
      .default("08:00"),
    workEnd: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "must be HH:MM")
      .default("17:00"),
    roadFactor: z.number().min(1).max(3).default(1.3),
    speedKmh: z.number().min(5).max(130).default(50),
    hcpVisitMinutes: z.number().int().min(5).max(240).default(20),
    accountVisitMinutes: z.number().int().min(5).max(480).default(45),
    seed: z
      .number()
      .int()
      .min(0)
      .max(2 ** 31 - 1)
      .default(1),
  })
  .refine((s) => minutesOf(s.workEnd) > minutesOf(s.workStart), { message: "workEnd must be after workStart", path: ["workEnd"] });

export type RouteSettings = z.infer<typeof routeSettingsSchema>;

const REP = `MATCH (u:User {id: $repId}) RETURN u.baseLat AS lat, u.baseLon AS lon, u.name AS name`;

/** The rep's targets in approved plans whose cycle holds the week's Monday, with calls made, place and opening hours. */
const WEEK_TARGETS = `
MATCH (:User {id: $repId})-[:COVERS]->(t:Territory)<-[:FOR_TERRITORY]-(cp:CallPlan {status: 'APPROVED'})-[:FOR_CYCLE]->(c:Cycle)
WHERE c.startDate <= date($weekStart) AND date($weekStart) <= c.endDate
WITH cp, c, datetime({date: c.startDate}) AS from, datetime({date: c.endDate + duration({days: 1})}) AS to,
  [(r:User)-[:COVERS]->(t) WHERE r.baseLat IS NOT NULL AND r.baseLon IS NOT NULL | {id: r.id, lat: r.baseLat, lon: r.baseLon}] AS repBases,
  [(r:User)-[:COVERS]->(t) | r.id] AS reps
MATCH (cp)-[:HAS_TARGET]->(tg:Target {active: true})-[:TARGETS]->(s)
${CALLS_ON_TARGET}
WITH cp, c, tg, s, callsMade, repBases,
  head(COLLECT {
    MATCH (s)-[e:AFFILIATED_WITH {primary: true}]->(acc:Account)
    WHERE tg.subjectKind = 'HCP' AND ${ACTIVE_ON("e", "date($weekStart)")}
    RETURN acc
  }) AS site
WITH cp, c, tg, s, callsMade, repBases, CASE WHEN tg.subjectKind = 'ACCOUNT' THEN s ELSE site END AS place
RETURN tg.subjectId AS subjectId, tg.subjectKind AS subjectKind, s.name AS name, tg.segment AS segment, tg.score AS score,
  tg.plannedCalls AS plannedCalls, callsMade, place.id AS accountId, coalesce(place.lat, s.lat) AS lat, coalesce(place.lon, s.lon) AS lon,
  place.openingHours AS openingHours, toString(c.startDate) AS cycleStart, toString(c.endDate) AS cycleEnd, cp.callsPerDay AS callsPerDay,
  repBases AS reps`;

const SAVE = `
MERGE (w:WeekPlan {id: $id})
ON CREATE SET w.repId = $repId, w.weekStart = date($weekStart), w.version = 0
SET w.plan = $plan, w.settings = $settings, w.version = w.version + 1, w.generatedAt = datetime(), w.reordered = false
RETURN w.version AS version, toString(w.generatedAt) AS generatedAt`;

const LOAD = `
MATCH (w:WeekPlan {id: $id})
RETURN w.plan AS plan, w.settings AS settings, w.version AS version, toString(w.generatedAt) AS generatedAt, w.reordered AS reordered`;

const LOCK = `MATCH (w:WeekPlan {id: $id}) CALL apoc.lock.nodes([w]) RETURN w.plan AS plan, w.settings AS settings, w.version AS version`;

const REORDER = `
MATCH (w:WeekPlan {id: $id})
SET w.plan = $plan, w.version = w.version + 1, w.reordered = true
RETURN w.version AS version, toString(w.generatedAt) AS generatedAt`;

/** A visit as stored: what the web app shows, and what a reorder needs to recompute it. */
export interface StoredVisit {
  subjectId: string;
  subjectKind: "HCP" | "ACCOUNT";
  name: string;
  accountId: string | null;
  segment: string | null;
  lat: number;
  lon: number;
  visitMinutes: number;
  /** The day's opening windows (minutes from midnight); null: open all working hours. */
  windows: TimeWindow[] | null;
  arriveAt: string;
  startAt: string;
  endAt: string;
  travelMinutes: number;
  distanceKm: number;
  withinWindow: boolean;
}

export interface StoredDay {
  date: string;
  visits: StoredVisit[];
  distanceKm: number;
  travelMinutes: number;
  startAt: string | null;
  endAt: string | null;
  homeInTime: boolean;
}

export interface StoredWeekPlan {
  home: { lat: number; lon: number };
  days: StoredDay[];
  unplanned: { subjectId: string; name: string; reason: string }[];
  distanceKm: number;
}

export interface WeekPlanView extends StoredWeekPlan {
  id: string;
  repId: string;
  weekStart: string;
  version: number;
  generatedAt: string;
  reordered: boolean;
}

interface WeekTargetRow extends WeekTarget {
  subjectKind: "HCP" | "ACCOUNT";
  name: string;
  segment: string | null;
  accountId: string | null;
  openingHours: string | null;
  callsPerDay: number;
}

const planId = (repId: string, weekStart: string) => `${repId}|${weekStart}`;

function solverSettings(home: { lat: number; lon: number }, s: RouteSettings): WeekPlanSettings {
  return {
    home,
    days: DAYS,
    workStart: minutesOf(s.workStart),
    workEnd: minutesOf(s.workEnd),
    roadFactor: s.roadFactor,
    speedKmh: s.speedKmh,
    seed: s.seed,
  };
}

/** Legs between visits from the walk's times: travel is arrival minus the previous departure. */
function dayOf(
  date: string,
  rows: Omit<StoredVisit, "arriveAt" | "startAt" | "endAt" | "travelMinutes" | "distanceKm" | "withinWindow">[],
  times: { arrive: number; start: number; end: number; withinWindow: boolean }[],
  totals: { distanceKm: number; travelMinutes: number; end: number },
  s: WeekPlanSettings,
): StoredDay {
  const at = (m: number) => `${date}T${clockOf(m)}`;
  let departed = s.workStart;
  const visits = rows.map((row, i) => {
    const t = times[i]!;
    const travelMinutes = t.arrive - departed;
    departed = t.end;
    return {
      ...row,
      arriveAt: at(t.arrive),
      startAt: at(t.start),
      endAt: at(t.end),
      travelMinutes: Math.round(travelMinutes * 10) / 10,
      distanceKm: Math.round((travelMinutes / 60) * s.speedKmh * 10) / 10,
      withinWindow: t.withinWindow,
    };
  });
  return {
    date,
    visits,
    distanceKm: Math.round(totals.distanceKm * 10) / 10,
    travelMinutes: Math.round(totals.travelMinutes * 10) / 10,
    startAt: visits.length > 0 ? at(s.workStart) : null,
    endAt: visits.length > 0 ? at(totals.end) : null,
    homeInTime: totals.end <= s.workEnd,
  };
}

export async function planRepWeek(
  driver: Driver,
  req: { repId: string; weekStart: string; settings: RouteSettings },
): Promise<WeekPlanView> {
  if (isoWeekday(req.weekStart) !== 1)
    throw new DomainError(ErrorCode.BAD_USER_INPUT, `${req.weekStart} is not a Monday: a week plan starts on a Monday.`, {
      argumentPath: ["weekStart"],
    });
  const rep = (await driver.executeQuery(REP, { repId: req.repId }, { routing: "READ" })).records[0];
  if (!rep) throw new DomainError(ErrorCode.NOT_FOUND, `User ${req.repId} not found`);
  const [lat, lon] = [toNative(rep.get("lat")), toNative(rep.get("lon"))];
  if (typeof lat !== "number" || typeof lon !== "number")
    throw new DomainError(ErrorCode.BAD_USER_INPUT, `${req.repId} has no home base: set base_lat and base_lon with the users import.`, {
      argumentPath: ["repId"],
    });
  const home = { lat, lon };
  const rows = (await driver.executeQuery(WEEK_TARGETS, { repId: req.repId, weekStart: req.weekStart }, { routing: "READ" })).records.map(
    (r) => toNative(r.toObject()) as WeekTargetRow,
  );
  const weekEnd = addDays(req.weekStart, DAYS - 1);
  const callsPerDay = Math.max(0, ...rows.map((r) => r.callsPerDay));
  const choice = chooseWeekStops(rows, req.repId, weekEnd, callsPerDay * DAYS);
  const s = solverSettings(home, req.settings);
  const weekdays = Array.from({ length: DAYS }, (_, d) => d + 1);
  const stops = choice.chosen.map((t) => {
    const byDay = windowsByDay(t.openingHours, weekdays);
    const stop: PlanStop = {
      id: t.subjectId,
      lat: t.lat!,
      lon: t.lon!,
      visitMinutes: t.subjectKind === "HCP" ? req.settings.hcpVisitMinutes : req.settings.accountVisitMinutes,
      windowsByDay: byDay,
    };
    return { stop, t, byDay };
  });
  const solved = planWeek(
    stops.map((x) => x.stop),
    s,
  );
  const byId = new Map(stops.map((x) => [x.stop.id, x]));
  const days = solved.days.map((d) => {
    const date = addDays(req.weekStart, d.day);
    const dayStops = d.visits.map((v) => {
      const x = byId.get(v.id)!;
      return {
        subjectId: x.t.subjectId,
        subjectKind: x.t.subjectKind,
        name: x.t.name,
        accountId: x.t.accountId,
        segment: x.t.segment,
        lat: x.stop.lat,
        lon: x.stop.lon,
        visitMinutes: x.stop.visitMinutes,
        windows: x.byDay ? [...x.byDay[d.day]!] : null,
      };
    });
    return dayOf(
      date,
      dayStops,
      d.visits.map((v) => ({ ...v, withinWindow: true })),
      d,
      s,
    );
  });
  const names = new Map(rows.map((r) => [r.subjectId, r.name]));
  const plan: StoredWeekPlan = {
    home,
    days,
    unplanned: [
      ...solved.unscheduled.map((u) => ({ subjectId: u.id, name: names.get(u.id) ?? u.id, reason: u.reason })),
      ...choice.noLocation.map((t) => ({ subjectId: t.subjectId, name: t.name, reason: "no coordinates: cannot be routed" })),
    ],
    distanceKm: Math.round(solved.distanceKm * 10) / 10,
  };
  const id = planId(req.repId, req.weekStart);
  const saved = (
    await driver.executeQuery(SAVE, {
      id,
      repId: req.repId,
      weekStart: req.weekStart,
      plan: JSON.stringify(plan),
      settings: JSON.stringify(req.settings),
    })
  ).records[0]!;
  return {
    ...plan,
    id,
    repId: req.repId,
    weekStart: req.weekStart,
    version: Number(saved.get("version")),
    generatedAt: saved.get("generatedAt") as string,
    reordered: false,
  };
}

export async function findWeekPlan(driver: Driver, repId: string, weekStart: string): Promise<WeekPlanView | null> {
  const r = (await driver.executeQuery(LOAD, { id: planId(repId, weekStart) }, { routing: "READ" })).records[0];
  if (!r) return null;
  return {
    ...(JSON.parse(r.get("plan") as string) as StoredWeekPlan),
    id: planId(repId, weekStart),
    repId,
    weekStart,
    version: Number(r.get("version")),
    generatedAt: r.get("generatedAt") as string,
    reordered: r.get("reordered") as boolean,
  };
}

/** The rep's own order for one day, at the version read; times recomputed, nothing dropped. */
export async function reorderDay(
  driver: Driver,
  req: { repId: string; weekStart: string; date: string; order: string[]; expectedVersion: number },
): Promise<WeekPlanView> {
  const id = planId(req.repId, req.weekStart);
  const session = driver.session();
  try {
    await session.executeWrite(async (tx) => {
      const r = (await tx.run(LOCK, { id })).records[0];
      if (!r) throw new DomainError(ErrorCode.NOT_FOUND, `No week plan for ${req.weekStart}`);
      const version = Number(r.get("version"));
      if (version !== req.expectedVersion)
        throw new DomainError(ErrorCode.CONFLICT, `The week plan is at version ${version}, not ${req.expectedVersion}.`, {
          currentVersion: version,
        });
      const plan = JSON.parse(r.get("plan") as string) as StoredWeekPlan;
      const dayIndex = plan.days.findIndex((d) => d.date === req.date);
      if (dayIndex < 0)
        throw new DomainError(ErrorCode.BAD_USER_INPUT, `${req.date} is not a day of this plan`, { argumentPath: ["date"] });
      const day = plan.days[dayIndex]!;
      const current = day.visits.map((v) => v.subjectId);
      if (req.order.length !== current.length || [...req.order].sort().join("\n") !== [...current].sort().join("\n"))
        throw new DomainError(
          ErrorCode.BAD_USER_INPUT,
          `order must list exactly the day's ${current.length} visits: ${current.join(", ")}`,
          {
            argumentPath: ["order"],
          },
        );
      const settings = routeSettingsSchema.parse(JSON.parse(r.get("settings") as string));
      const s = solverSettings(plan.home, settings);
      const visits = req.order.map((sid) => day.visits.find((v) => v.subjectId === sid)!);
      const stops: PlanStop[] = visits.map((v) => ({
        id: v.subjectId,
        lat: v.lat,
        lon: v.lon,
        visitMinutes: v.visitMinutes,
        windowsByDay: v.windows ? Array.from({ length: DAYS }, (_, d) => (d === dayIndex ? v.windows! : [])) : undefined,
      }));
      const walk = scheduleDayInOrder(stops, s, dayIndex);
      plan.days[dayIndex] = dayOf(req.date, visits, walk.visits, walk, s);
      plan.distanceKm = Math.round(plan.days.reduce((t, d) => t + d.distanceKm, 0) * 10) / 10;
      await tx.run(REORDER, { id, plan: JSON.stringify(plan) });
    });
  } finally {
    await session.close();
  }
  return (await findWeekPlan(driver, req.repId, req.weekStart))!;
}
