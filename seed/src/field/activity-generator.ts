/**
 * One rep's activities in one cycle, from the targets of the rep's call plans (pure and
 * deterministic: the same seed, rep and cycle always give the same rows).
 *
 * Each target gets about its planned calls: a few are never seen, some seen more often, most
 * get 45-100% of their calls. The cycle's working days are cut into one slice per call and each
 * call lands on the least busy day of its slice on which the place is open (the rep's days off
 * excluded); some calls follow an attempt that failed (NOT_MET, RESCHEDULED), and a share of the
 * activities are with HCPs of the rep's territories that are no target. Nothing starts on or
 * after the seed's today. Within a day the visits come first, in order of opening, with travel
 * between them, then the remote work. Each rep files a share of reports late (more than 24 h
 * after the end), and a few completed detailing calls lack products or key messages.
 */
import { type ActivityContent, contentFingerprint } from "@pharmagraph/api/field/activities/activity.ts";
import { addDays, isoWeekday } from "@pharmagraph/api/field/call-plans/cycle.ts";
import { windowsByDay } from "@pharmagraph/api/field/planning/opening-hours.ts";
import { cumulative, Rng } from "../prng.ts";
import { FIELD, FIELD_CYCLES, FIELD_PHASE } from "./field-config.ts";

export type SubjectKind = "HCP" | "ACCOUNT";

export interface FieldSubject {
  id: string;
  kind: SubjectKind;
  /** Where it is visited: an HCP's primary account when that lies in the rep's territories, an account itself, else none. */
  accountId: string | null;
  /** Opening hours of that account (Account.openingHours), null when unknown. */
  openingHours: string | null;
}

export interface PlannedTarget extends FieldSubject {
  plannedCalls: number;
}

export interface RepCycle {
  rep: { id: string; index: number };
  /** Index of the cycle in FIELD_CYCLES. */
  cycle: number;
  /** The rep's targets: of the approved plans of its territories (sorted by id). */
  targets: readonly PlannedTarget[];
  /** Other HCPs of its territories, for the occasional call on a non-target (sorted by id). */
  others: readonly FieldSubject[];
}

/** An Activity node's properties as api/src/field/activities/activity-store.ts writes them (times as ISO text). */
export interface ActivityRow {
  id: string;
  repId: string;
  idempotencyKey: string;
  fingerprint: string;
  channel: string;
  hcpId: string | null;
  accountId: string | null;
  plannedAt: string | null;
  startedAt: string;
  durationMinutes: number;
  outcome: string;
  products: string[];
  keyMessages: string[];
  activations: string;
  notes: string | null;
  createdAt: string;
}

type Channel = ActivityContent["channel"];
type Outcome = ActivityContent["outcome"];

const PRODUCTS = [
  { name: "Cardiozen", messages: ["Fewer heart-failure admissions", "Once-daily dosing", "Safe in moderate renal impairment"] },
  { name: "Glucoria", messages: ["HbA1c down 1.2 points", "Weight neutral", "Low hypoglycaemia risk"] },
  { name: "Respiva", messages: ["Fewer exacerbations", "One inhaler, two actives", "Patient support program"] },
  { name: "Nephrex", messages: ["Slows eGFR decline", "Cardiorenal protection", "Covered by most formularies"] },
] as const;

const DETAILING: readonly Channel[] = ["VISIT", "REMOTE_CALL", "PHONE"];
const TARGET_CHANNELS: readonly Channel[] = ["VISIT", "REMOTE_CALL", "PHONE", "EMAIL", "WEBINAR", "SELF_DETAILING"];
const TARGET_CHANNEL_CUM = cumulative([0.7, 0.1, 0.07, 0.09, 0.02, 0.02]);
const OTHER_CHANNELS: readonly Channel[] = ["VISIT", "EMAIL", "EVENT"];
const OTHER_CHANNEL_CUM = cumulative([0.5, 0.3, 0.2]);
const VISIT_NOTES = ["Asked for samples", "Interested in the new indication", "Prefers visits after 3 pm", "Requested the dosing card"];
const FAILED_NOTES: Partial<Record<Outcome, string[]>> = {
  NOT_MET: ["Doctor unavailable", "Office closed early", "Waiting room too full"],
  RESCHEDULED: ["Moved at the doctor's request", "Rescheduled by the practice"],
};

const MINUTE_MS = 60_000;

/** A rep's share of late reports: the same in every cycle, uniform in FIELD.lateShare. */
export function lateRateOf(seed: number, repIndex: number): number {
  return Rng.for(seed, FIELD_PHASE.lateness, repIndex).range(FIELD.lateShare.min, FIELD.lateShare.max);
}

/** FNV-1a: a stable small hash of an id (which products a subject hears about, which rep calls on it). */
export function hashOf(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function productsOf(subjectId: string): (typeof PRODUCTS)[number][] {
  const h = hashOf(subjectId);
  const first = PRODUCTS[h % PRODUCTS.length]!;
  const second = PRODUCTS[(h >>> 8) % PRODUCTS.length]!;
  return second !== first && (h >>> 16) % 3 === 0 ? [first, second] : [first];
}

const instant = (ms: number) => new Date(ms).toISOString().replace(".000Z", "Z");

interface Attempt {
  subject: FieldSubject;
  channel: Channel;
  outcome: Outcome;
  day: number;
}

interface Scheduled extends Attempt {
  startMs: number;
  plannedMs: number | null;
  minutes: number;
}

function completedCalls(rng: Rng, planned: number): number {
  const u = rng.next();
  if (u < FIELD.neverSeen) return 0;
  if (u < FIELD.neverSeen + FIELD.over) return planned + 1 + (rng.next() < 0.3 ? 1 : 0);
  return Math.max(1, Math.round(planned * rng.range(0.45, 1)));
}

function durationOf(rng: Rng, channel: Channel, outcome: Outcome): number {
  if (outcome !== "COMPLETED") return rng.int(6);
  switch (channel) {
    case "VISIT":
      return 8 + rng.int(23);
    case "REMOTE_CALL":
      return 10 + rng.int(21);
    case "PHONE":
      return 4 + rng.int(12);
    case "EMAIL":
      return 1 + rng.int(3);
    case "WEBINAR":
      return 45 + rng.int(16);
    case "EVENT":
      return 60 + rng.int(61);
    case "SELF_DETAILING":
      return 5 + rng.int(16);
  }
}

export function repCycleActivities(seed: number, rc: RepCycle): ActivityRow[] {
  const rng = Rng.for(seed, FIELD_PHASE.activities, rc.rep.index * 16 + rc.cycle);
  const lateRate = lateRateOf(seed, rc.rep.index);
  const cycle = FIELD_CYCLES[rc.cycle]!;
  const days: string[] = [];
  for (let d: string = cycle.startDate; d <= cycle.endDate; d = addDays(d, 1)) if (isoWeekday(d) <= 5) days.push(d);
  const off = new Set<number>();
  while (off.size < Math.round(days.length * FIELD.daysOff)) off.add(rng.int(days.length));
  const load = new Int32Array(days.length);
  const windows = new Map<string, ReturnType<typeof windowsByDay>>();
  const hoursOf = (s: FieldSubject) => {
    if (!windows.has(s.id)) windows.set(s.id, windowsByDay(s.openingHours, [1, 2, 3, 4, 5, 6, 7]));
    return windows.get(s.id);
  };
  const openOn = (s: FieldSubject, day: number) => {
    const byWeekday = hoursOf(s);
    return !byWeekday || byWeekday[isoWeekday(days[day]!) - 1]!.length > 0;
  };

  /** The least busy day in [lo, hi) (ties: from a random start), open for a visit, other than `not`; it gets busier. */
  const pickDay = (lo: number, hi: number, s: FieldSubject, visit: boolean, not = -1): number => {
    let best = -1;
    const span = hi - lo;
    const from = rng.int(span);
    for (let k = 0; k < span; k++) {
      const d = lo + ((from + k) % span);
      if (d === not || off.has(d) || (visit && !openOn(s, d))) continue;
      if (best < 0 || load[d]! < load[best]!) best = d;
    }
    if (best < 0) return visit ? pickDay(lo, hi, s, false, not) : lo;
    load[best]!++;
    return best;
  };

  const attempts: Attempt[] = [];
  const add = (subject: FieldSubject, channel: Channel, outcome: Outcome, lo: number, hi: number, not = -1) => {
    const day = pickDay(lo, hi, subject, channel === "VISIT", not);
    attempts.push({ subject, channel, outcome, day });
    return day;
  };
  const targetChannel = (s: FieldSubject): Channel =>
    s.kind === "ACCOUNT" ? "VISIT" : TARGET_CHANNELS[rng.weightedIndex(TARGET_CHANNEL_CUM)]!;
  const failedChannel = (s: FieldSubject, outcome: Outcome): Channel =>
    s.kind === "ACCOUNT" || rng.next() < 0.8 ? "VISIT" : outcome === "NOT_MET" ? "PHONE" : "REMOTE_CALL";

  const n = days.length;
  for (const target of rc.targets) {
    const calls = completedCalls(rng, target.plannedCalls);
    if (calls === 0 && rng.next() < 0.4) add(target, failedChannel(target, "NOT_MET"), "NOT_MET", 0, n);
    for (let s = 0; s < calls; s++) {
      const lo = Math.floor((s * n) / calls);
      const hi = Math.max(lo + 1, Math.floor(((s + 1) * n) / calls));
      const u = rng.next();
      const failed: Outcome | null =
        u < FIELD.notMetBefore ? "NOT_MET" : u < FIELD.notMetBefore + FIELD.rescheduledBefore ? "RESCHEDULED" : null;
      if (failed === null) {
        add(target, targetChannel(target), "COMPLETED", lo, hi);
        continue;
      }
      // The failed attempt comes first: the earlier of two days of the slice.
      const first = add(target, failedChannel(target, failed), failed, lo, hi);
      const second = add(target, targetChannel(target), "COMPLETED", lo, hi, first);
      if (second < first) {
        const [a, b] = [attempts[attempts.length - 2]!, attempts[attempts.length - 1]!];
        [a.day, b.day] = [b.day, a.day];
      }
    }
  }
  const nonTargets = rc.others.length === 0 ? 0 : Math.round((attempts.length * FIELD.nonTargets) / (1 - FIELD.nonTargets));
  for (let k = 0; k < nonTargets; k++) add(rng.pick(rc.others), OTHER_CHANNELS[rng.weightedIndex(OTHER_CHANNEL_CUM)]!, "COMPLETED", 0, n);

  const byDay = new Map<number, Attempt[]>();
  for (const a of attempts) if (days[a.day]! < FIELD.today) byDay.set(a.day, [...(byDay.get(a.day) ?? []), a]);

  const scheduled: Scheduled[] = [];
  for (const day of [...byDay.keys()].sort((a, b) => a - b)) {
    const dayMs = Date.parse(`${days[day]}T00:00:00Z`);
    const weekday = isoWeekday(days[day]!) - 1;
    const dayWindows = (s: FieldSubject) => hoursOf(s)?.[weekday] ?? [];
    const opensAt = (a: Attempt) => (a.channel === "VISIT" ? (dayWindows(a.subject)[0]?.[0] ?? 0) : 24 * 60);
    const list = byDay.get(day)!.map((a) => ({ a, tie: rng.next() }));
    list.sort((x, y) => opensAt(x.a) - opensAt(y.a) || x.tie - y.tie);
    let t = 8 * 60 + rng.int(40);
    for (const [k, { a }] of list.entries()) {
      const minutes = durationOf(rng, a.channel, a.outcome);
      let start = t + (k === 0 ? 0 : a.channel === "VISIT" ? 10 + rng.int(26) : 5 + rng.int(16));
      if (a.channel === "VISIT") {
        const fits = dayWindows(a.subject).find(([, close]) => close >= start + minutes);
        if (fits) start = Math.max(start, fits[0]);
      }
      t = start + minutes;
      const startMs = dayMs + start * MINUTE_MS;
      const planned = a.channel === "EMAIL" || a.channel === "SELF_DETAILING" ? null : dayMs + Math.floor(start / 15) * 15 * MINUTE_MS;
      scheduled.push({ ...a, startMs, plannedMs: planned, minutes });
    }
  }

  const reportedBy = Date.parse(FIELD.reportedBy);
  return scheduled.map((a, k) => {
    const endMs = a.startMs + a.minutes * MINUTE_MS;
    const delayHours = rng.next() < lateRate ? rng.range(24.5, 96) : rng.next() < 0.75 ? rng.range(0.05, 3) : rng.range(3, 22);
    const createdMs = Math.min(endMs + Math.round(delayHours * 3600) * 1000, reportedBy);
    const content = contentOf(rng, a, createdMs);
    const key = `seed-${cycle.id}-${String(k + 1).padStart(5, "0")}`;
    return {
      id: `${rc.rep.id}|${key}`,
      repId: rc.rep.id,
      idempotencyKey: key,
      fingerprint: contentFingerprint(content),
      channel: content.channel,
      hcpId: content.hcpId ?? null,
      accountId: content.accountId ?? null,
      plannedAt: content.plannedAt ?? null,
      startedAt: content.startedAt,
      durationMinutes: content.durationMinutes,
      outcome: content.outcome,
      products: content.products,
      keyMessages: content.keyMessages,
      activations: JSON.stringify(content.activations),
      notes: content.notes ?? null,
      createdAt: instant(createdMs),
    };
  });
}

/** The content as the rep would submit it (the keys the API's parsed input has, no more). */
function contentOf(rng: Rng, a: Scheduled, createdMs: number): ActivityContent {
  const completed = a.outcome === "COMPLETED";
  const offered = productsOf(a.subject.id);
  let products: string[] = [];
  let keyMessages: string[] = [];
  if (completed && DETAILING.includes(a.channel)) {
    products = offered.map((p) => p.name);
    keyMessages = offered.flatMap((p) => {
      const first = rng.int(p.messages.length);
      return rng.next() < 0.4 ? [p.messages[first]!, p.messages[(first + 1) % p.messages.length]!] : [p.messages[first]!];
    });
    const u = rng.next();
    if (u < FIELD.missingShare / 2) products = [];
    else if (u < FIELD.missingShare) keyMessages = [];
  } else if (completed) {
    const p = offered[0]!;
    products = [p.name];
    keyMessages = [rng.pick(p.messages)];
  }
  const endMs = a.startMs + a.minutes * MINUTE_MS;
  const between = (from: number) => instant(from + Math.floor((rng.next() * Math.max(0, createdMs - from)) / MINUTE_MS) * MINUTE_MS);
  const activations: ActivityContent["activations"] = [];
  if (completed) {
    if (a.channel === "EMAIL" && rng.next() < 0.6) {
      const opened = between(a.startMs);
      activations.push({ event: "OPENED", at: opened });
      if (rng.next() < 0.3) activations.push({ event: "CLICKED", at: between(Date.parse(opened)) });
    } else if (a.channel === "REMOTE_CALL" || a.channel === "EVENT") {
      activations.push({ event: "ATTENDED", at: instant(a.startMs) });
    } else if (a.channel === "WEBINAR" && rng.next() < 0.85) {
      activations.push({ event: "ATTENDED", at: instant(a.startMs) });
      if (rng.next() < 0.7) activations.push({ event: "COMPLETED", at: instant(endMs) });
    } else if (a.channel === "SELF_DETAILING") {
      activations.push({ event: "OPENED", at: instant(a.startMs) });
      if (rng.next() < 0.5) activations.push({ event: "COMPLETED", at: instant(endMs) });
    }
  }
  const notes = completed
    ? a.channel === "VISIT" && rng.next() < 0.15
      ? rng.pick(VISIT_NOTES)
      : null
    : rng.pick(FAILED_NOTES[a.outcome]!);
  const accountId = a.subject.kind === "ACCOUNT" ? a.subject.id : a.channel === "VISIT" ? a.subject.accountId : null;
  return {
    channel: a.channel,
    ...(a.subject.kind === "HCP" ? { hcpId: a.subject.id } : {}),
    ...(accountId ? { accountId } : {}),
    ...(a.plannedMs !== null ? { plannedAt: instant(a.plannedMs) } : {}),
    startedAt: instant(a.startMs),
    durationMinutes: a.minutes,
    outcome: a.outcome,
    products,
    keyMessages,
    activations,
    ...(notes ? { notes } : {}),
  };
}
