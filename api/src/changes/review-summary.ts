import type { Driver } from "neo4j-driver";
import { toNative } from "../db/to-native.ts";

/**
 * The review queue in numbers: pending requests by kind, by the level of the entity they touch
 * first, by territory of the requester and by age, how many need an ADMIN, the oldest; median hours to a decision; approval and
 * rejection rates by requester and by kind.
 */
const SUMMARY = `
CALL () {
  MATCH (cr:ChangeRequest {status: 'PENDING'})
  WITH cr, duration.inSeconds(cr.createdAt, datetime()).seconds / 86400.0 AS days
  RETURN collect({kind: cr.kind, territories: coalesce(cr.territoryIds, []), level: cr.level,
                  requiresAdmin: coalesce(cr.requiresAdmin, false),
                  age: CASE WHEN days < 1 THEN '<1d' WHEN days < 7 THEN '1-7d' ELSE '>7d' END}) AS pending,
         toString(min(cr.createdAt)) AS oldestPendingAt
}
CALL () {
  MATCH (cr:ChangeRequest) WHERE cr.status IN ['APPROVED', 'REJECTED']
  RETURN collect({kind: cr.kind, requester: cr.requesterId, status: cr.status,
                  hours: duration.inSeconds(cr.createdAt, cr.decidedAt).seconds / 3600.0}) AS decided
}
RETURN pending, oldestPendingAt, decided`;

export interface Count {
  key: string;
  count: number;
}

export interface Rate {
  key: string;
  decided: number;
  approvalRate: number;
  rejectionRate: number;
}

function countBy<T>(items: T[], keys: (t: T) => string[]): Count[] {
  const counts = new Map<string, number>();
  for (const item of items) for (const k of keys(item)) counts.set(k, (counts.get(k) ?? 0) + 1);
  return [...counts].map(([key, count]) => ({ key, count })).sort((a, b) => a.key.localeCompare(b.key));
}

function ratesBy<D extends { status: string }>(decided: D[], key: (d: D) => string): Rate[] {
  const groups = new Map<string, D[]>();
  for (const d of decided) groups.set(key(d), [...(groups.get(key(d)) ?? []), d]);
  return [...groups]
    .map(([k, ds]) => {
      const approved = ds.filter((d) => d.status === "APPROVED").length;
      return { key: k, decided: ds.length, approvalRate: approved / ds.length, rejectionRate: (ds.length - approved) / ds.length };
    })
    .sort((a, b) => a.key.localeCompare(b.key));
}

export async function reviewSummary(driver: Driver) {
  const { records } = await driver.executeQuery(SUMMARY, {}, { routing: "READ" });
  const pending = toNative(records[0]!.get("pending")) as {
    kind: string;
    territories: string[];
    level: string | null;
    requiresAdmin: boolean;
    age: string;
  }[];
  const decided = toNative(records[0]!.get("decided")) as { kind: string; requester: string; status: string; hours: number }[];
  const hours = decided.map((d) => d.hours).sort((a, b) => a - b);
  const median =
    hours.length === 0
      ? null
      : hours.length % 2
        ? hours[(hours.length - 1) / 2]!
        : (hours[hours.length / 2 - 1]! + hours[hours.length / 2]!) / 2;
  return {
    pending: pending.length,
    pendingRequiringAdmin: pending.filter((p) => p.requiresAdmin).length,
    oldestPendingAt: records[0]!.get("oldestPendingAt") as string | null,
    pendingByKind: countBy(pending, (p) => [p.kind]),
    pendingByLevel: countBy(pending, (p) => [p.level ?? "UNKNOWN"]),
    pendingByTerritory: countBy(pending, (p) => (p.territories.length ? p.territories : ["(none)"])),
    pendingByAge: countBy(pending, (p) => [p.age]),
    medianHoursToDecision: median,
    ratesByRequester: ratesBy(decided, (d) => d.requester),
    ratesByKind: ratesBy(decided, (d) => d.kind),
  };
}
