/**
 * Activities reported late (recorded more than 24 h after they ended) or missing required fields
 * (a completed visit, remote call or phone call without products or key messages), newest first.
 */
import type { Driver } from "neo4j-driver";
import { ACTIVITY_FIELDS, readActivity, type StoredActivity } from "../activities/activity-store.ts";
import { DETAILING_CHANNELS, REPORTED_ON_TIME } from "./report-facts.ts";

const LATE_OR_INCOMPLETE = `
  AND date(a.startedAt) >= date($from) AND date(a.startedAt) < date($to)
  AND (NOT ${REPORTED_ON_TIME}
    OR (a.outcome = 'COMPLETED' AND a.channel IN ${JSON.stringify(DETAILING_CHANNELS)}
      AND (coalesce(size(a.products), 0) = 0 OR coalesce(size(a.keyMessages), 0) = 0)))
RETURN ${ACTIVITY_FIELDS} AS a
ORDER BY a.startedAt DESC, a.id LIMIT toInteger($limit)`;

// Local days of startedAt lie within a day of the UTC ones, so the index range is widened by a day each way.
const IN_RANGE = `a.startedAt >= datetime($from) - duration('P1D') AND a.startedAt < datetime($to) + duration('P1D')`;

const OF_REPS = `MATCH (a:Activity) WHERE a.repId IN $reps AND ${IN_RANGE} ${LATE_OR_INCOMPLETE}`;
const OF_ALL = `MATCH (a:Activity) WHERE ${IN_RANGE} ${LATE_OR_INCOMPLETE}`;

/** `reps` null: everyone's. */
export async function lateReports(
  driver: Driver,
  req: { reps: string[] | null; from: string; to: string; limit: number; editHours: number },
): Promise<StoredActivity[]> {
  const { records } = await driver.executeQuery(req.reps ? OF_REPS : OF_ALL, req, { routing: "READ" });
  return records.map(readActivity);
}
