import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { runImport, type ImportRequest, type ImportSummary } from "../../src/ingest/run-import.ts";

export const ACTIVITY_HEADER =
  "rep_id,idempotency_key,channel,hcp_id,account_id,planned_at,started_at,duration_minutes,outcome,products,key_messages,activations,notes,created_at";

export interface ActivityLine {
  rep: string;
  key: string;
  channel: string;
  hcp?: string;
  account?: string;
  startedAt: string;
  minutes?: number;
  outcome: string;
  products?: string;
  messages?: string;
  activations?: string;
  createdAt?: string;
}

export const activityLine = (a: ActivityLine) =>
  [
    a.rep,
    a.key,
    a.channel,
    a.hcp ?? "",
    a.account ?? "",
    "",
    a.startedAt,
    a.minutes ?? 20,
    a.outcome,
    a.products ?? "",
    a.messages ?? "",
    a.activations ?? "",
    "",
    a.createdAt ?? "",
  ].join(",");

const dir = mkdtempSync(path.join(tmpdir(), "reporting-"));
let files = 0;

/** Imports activities (CSV) as `actor`, all-or-nothing unless `opts` say otherwise. */
export async function importActivities(
  driver: Driver,
  actor: string,
  prefix: string,
  lines: ActivityLine[] | string[],
  opts: Partial<Pick<ImportRequest, "mode" | "batchSize">> = {},
): Promise<ImportSummary> {
  const file = path.join(dir, `activities-${++files}.csv`);
  const rows = lines.map((l) => (typeof l === "string" ? l : activityLine(l)));
  writeFileSync(file, `${[ACTIVITY_HEADER, ...rows].join("\n")}\n`);
  return runImport(driver, {
    kind: "activities",
    filePath: file,
    fileName: `${prefix}${path.basename(file)}`,
    mode: "all-or-nothing",
    actor,
    ...opts,
  });
}

export const FIELD_KPIS = `activities calls activeDays daysInField callsPerDay targets targetsSeen reach expectedCalls callsOnTargets
  frequencyAttainment coverage reportedWithin24h missingRequiredFields`;

export const FIELD_REPORT = `query($scope: KpiScope!, $id: ID, $from: String!, $to: String!) {
  fieldReport(scope: $scope, id: $id, from: $from, to: $to) {
    scope id from to kpis { ${FIELD_KPIS} }
    bySegment { segment kpis { ${FIELD_KPIS} } }
    byWeek { weekStart kpis { ${FIELD_KPIS} } }
    byRep { repId repName lateReports kpis { ${FIELD_KPIS} } }
  }
}`;
