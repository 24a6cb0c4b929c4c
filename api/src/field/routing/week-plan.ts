/**
 * A rep's week: which stop on which day, in which order, at what time. Every day starts and ends
 * at home within the working hours; a visit starts and ends inside one of the account's opening
 * windows of that day (waiting at the door when early); travel time is the great-circle distance
 * times a road factor at an average speed.
 *
 * Construction by cheapest feasible insertion (stops with the fewest open days first, so the
 * constrained ones are placed while there is room), then improvement: each day is re-ordered by
 * the closed-tour solver when the shorter order is still feasible, and single stops move to
 * another day or position while that shortens the week. What cannot be placed is returned with
 * the reason. Deterministic for a seed.
 */
import { solveClosedTour } from "./closed-tour.ts";
import { type GeoPoint, haversineKm } from "./haversine.ts";

/** Minutes from midnight, [start, end). */
export type TimeWindow = readonly [number, number];

export interface PlanStop extends GeoPoint {
  id: string;
  visitMinutes: number;
  /** Opening windows for each day of the plan (index = day); an empty list: closed that day. Absent: open all working hours. */
  windowsByDay?: readonly (readonly TimeWindow[])[];
}

export interface WeekPlanSettings {
  home: GeoPoint;
  days: number;
  workStart: number;
  workEnd: number;
  /** Road distance over great-circle distance. */
  roadFactor: number;
  speedKmh: number;
  seed?: number;
}

export interface PlannedVisit {
  id: string;
  arrive: number;
  start: number;
  end: number;
}

export interface DayPlan {
  day: number;
  visits: PlannedVisit[];
  travelMinutes: number;
  distanceKm: number;
  /** Back home. */
  end: number;
}

export interface WeekPlan {
  days: DayPlan[];
  unscheduled: { id: string; reason: string }[];
  travelMinutes: number;
  distanceKm: number;
}

interface Model {
  s: WeekPlanSettings;
  stops: readonly PlanStop[];
  /** Node 0 is home, node i is stops[i - 1]. */
  km: Float64Array;
  n: number;
}

const travelMinutes = (m: Model, a: number, b: number) => ((m.km[a * m.n + b]! * m.s.roadFactor) / m.s.speedKmh) * 60;

function windowsOf(m: Model, node: number, day: number): readonly TimeWindow[] {
  const stop = m.stops[node - 1]!;
  return stop.windowsByDay ? (stop.windowsByDay[day] ?? []) : [[m.s.workStart, m.s.workEnd]];
}

export interface TimedVisit extends PlannedVisit {
  /** The visit starts and ends inside one of the stop's opening windows that day. */
  withinWindow: boolean;
}

/**
 * Walks a day in the given order: each visit starts at arrival or when a window that can hold it
 * opens; when none can (a manual order), it starts at arrival and is marked outside its window.
 */
function walkDay(m: Model, day: number, seq: readonly number[]): { visits: TimedVisit[]; travel: number; km: number; end: number } {
  let t = m.s.workStart;
  let at = 0;
  let travel = 0;
  let km = 0;
  const visits: TimedVisit[] = [];
  for (const node of seq) {
    const leg = travelMinutes(m, at, node);
    travel += leg;
    km += m.km[at * m.n + node]! * m.s.roadFactor;
    const arrive = t + leg;
    const duration = m.stops[node - 1]!.visitMinutes;
    const w = windowsOf(m, node, day).find(([open, close]) => Math.max(arrive, open) + duration <= close);
    const start = w ? Math.max(arrive, w[0]) : arrive;
    t = start + duration;
    visits.push({ id: m.stops[node - 1]!.id, arrive, start, end: t, withinWindow: w !== undefined });
    at = node;
  }
  const back = travelMinutes(m, at, 0);
  return { visits, travel: travel + back, km: km + m.km[at * m.n]! * m.s.roadFactor, end: t + back };
}

/** The day's schedule for a sequence of nodes, or null when a window or the working hours cannot be kept. */
function schedule(m: Model, day: number, seq: readonly number[]): DayPlan | null {
  const walk = walkDay(m, day, seq);
  if (walk.end > m.s.workEnd || walk.visits.some((v) => !v.withinWindow)) return null;
  return {
    day,
    visits: walk.visits.map(({ id, arrive, start, end }) => ({ id, arrive, start, end })),
    travelMinutes: walk.travel,
    distanceKm: walk.km,
    end: walk.end,
  };
}

const routeCost = (m: Model, seq: readonly number[]) => {
  let c = 0;
  let at = 0;
  for (const node of seq) {
    c += m.km[at * m.n + node]!;
    at = node;
  }
  return c + m.km[at * m.n]!;
};

/** Cheapest feasible insertion of `node` over all days and positions; null when none is feasible. */
function bestInsertion(m: Model, routes: number[][], node: number): { day: number; at: number; delta: number } | null {
  let best: { day: number; at: number; delta: number } | null = null;
  for (let day = 0; day < routes.length; day++) {
    if (windowsOf(m, node, day).length === 0) continue;
    const r = routes[day]!;
    for (let at = 0; at <= r.length; at++) {
      const prev = at === 0 ? 0 : r[at - 1]!;
      const next = at === r.length ? 0 : r[at]!;
      const delta = m.km[prev * m.n + node]! + m.km[node * m.n + next]! - m.km[prev * m.n + next]!;
      if (best && delta >= best.delta) continue;
      const candidate = [...r.slice(0, at), node, ...r.slice(at)];
      if (schedule(m, day, candidate)) best = { day, at, delta };
    }
  }
  return best;
}

function reorderDays(m: Model, routes: number[][]): void {
  routes.forEach((r, day) => {
    if (r.length < 3) return;
    const nodes = [0, ...r];
    const sub = new Float64Array(nodes.length ** 2);
    for (let i = 0; i < nodes.length; i++)
      for (let j = 0; j < nodes.length; j++) sub[i * nodes.length + j] = m.km[nodes[i]! * m.n + nodes[j]!]!;
    const tour = solveClosedTour({ n: nodes.length, cost: sub }, { seed: m.s.seed, rounds: 200 + 20 * r.length });
    for (const order of [tour.order, [...tour.order].reverse()]) {
      const seq = order.map((k) => nodes[k]!);
      if (routeCost(m, seq) < routeCost(m, r) - 1e-9 && schedule(m, day, seq)) {
        routes[day] = seq;
        return;
      }
    }
  });
}

/** Moves single stops to their cheapest feasible place anywhere in the week while that shortens it. */
function relocate(m: Model, routes: number[][]): boolean {
  let improved = false;
  for (let day = 0; day < routes.length; day++) {
    for (let i = 0; i < routes[day]!.length; i++) {
      const r = routes[day]!;
      const node = r[i]!;
      const without = [...r.slice(0, i), ...r.slice(i + 1)];
      if (!schedule(m, day, without)) continue;
      const saving = routeCost(m, r) - routeCost(m, without);
      const trial = routes.map((x, d) => (d === day ? without : x));
      const ins = bestInsertion(m, trial, node);
      if (ins && ins.delta < saving - 1e-9) {
        trial[ins.day]!.splice(ins.at, 0, node);
        routes.splice(0, routes.length, ...trial);
        improved = true;
      }
    }
  }
  return improved;
}

function unplaceableReason(m: Model, node: number): string {
  const stop = m.stops[node - 1]!;
  const openDays = Array.from({ length: m.s.days }, (_, d) => d).filter((d) => windowsOf(m, node, d).length > 0);
  if (openDays.length === 0) return "closed on every day of the plan";
  if (openDays.every((d) => !schedule(m, d, [node]))) {
    return `cannot be reached, visited (${stop.visitMinutes} min) inside its opening hours and left in time to be home by the end of the working day, even alone`;
  }
  return "no room left: every day it is open is full";
}

function modelOf(stops: readonly PlanStop[], s: WeekPlanSettings): Model {
  const points: GeoPoint[] = [s.home, ...stops];
  const n = points.length;
  const km = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) km[i * n + j] = km[j * n + i] = haversineKm(points[i]!, points[j]!);
  return { s, stops, km, n };
}

/**
 * One day in an order chosen by hand (`stops` in visit order, `day` the index in the plan): times
 * from the same travel model, each visit marked whether it keeps its window, and whether the rep
 * is home by the end of the working hours. Nothing is re-ordered or dropped.
 */
export function scheduleDayInOrder(
  stops: readonly PlanStop[],
  s: WeekPlanSettings,
  day: number,
): { visits: TimedVisit[]; travelMinutes: number; distanceKm: number; end: number; homeInTime: boolean } {
  const walk = walkDay(
    modelOf(stops, s),
    day,
    stops.map((_, i) => i + 1),
  );
  return { visits: walk.visits, travelMinutes: walk.travel, distanceKm: walk.km, end: walk.end, homeInTime: walk.end <= s.workEnd };
}

export function planWeek(stops: readonly PlanStop[], s: WeekPlanSettings): WeekPlan {
  const m = modelOf(stops, s);
  const { km } = m;

  const openDayCount = (node: number) => Array.from({ length: s.days }, (_, d) => windowsOf(m, node, d).length).filter((c) => c > 0).length;
  const order = stops.map((_, i) => i + 1).sort((a, b) => openDayCount(a) - openDayCount(b) || km[b]! - km[a]! || a - b);
  const routes: number[][] = Array.from({ length: s.days }, () => []);
  /** Inserts what fits; returns what does not. */
  const insertAll = (nodes: number[]) =>
    nodes.filter((node) => {
      const ins = bestInsertion(m, routes, node);
      if (ins) routes[ins.day]!.splice(ins.at, 0, node);
      return !ins;
    });
  let pending = insertAll(order);
  for (let pass = 0; pass < 5; pass++) {
    reorderDays(m, routes);
    const moved = relocate(m, routes);
    // Shorter days may have room for what did not fit before.
    const before = pending.length;
    pending = insertAll(pending);
    if (!moved && pending.length === before) break;
  }
  const unscheduled = pending.map((node) => ({ id: stops[node - 1]!.id, reason: unplaceableReason(m, node) }));

  const days = routes.map((r, day) => schedule(m, day, r)!);
  return {
    days,
    unscheduled,
    travelMinutes: days.reduce((t, d) => t + d.travelMinutes, 0),
    distanceKm: days.reduce((t, d) => t + d.distanceKm, 0),
  };
}
