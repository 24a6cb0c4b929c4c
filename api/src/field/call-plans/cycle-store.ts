/** Planning cycles in the graph: `(:Cycle {id, name, startDate, endDate, workingDays})`. */
import type { Driver } from "neo4j-driver";
import { toNative } from "../../db/to-native.ts";
import { DomainError, ErrorCode } from "../../graphql/errors.ts";
import { workingDaysBetween } from "../../model/calendar.ts";
import type { CycleInput } from "./cycle.ts";

export interface StoredCycle {
  id: string;
  name: string;
  startDate: string;
  endDate: string;
  workingDays: number;
}

export const CYCLE_FIELDS = (c: string) =>
  `${c} {.id, .name, startDate: toString(${c}.startDate), endDate: toString(${c}.endDate), workingDays: ${c}.workingDays}`;

/** A cycle's dates may change only while no plan of it is approved. */
const SAVE = `
MERGE (c:Cycle {id: $id})
WITH c, EXISTS { MATCH (:CallPlan {cycleId: $id, status: 'APPROVED'}) } AS approved
WITH c, approved, approved AND (c.startDate <> date($startDate) OR c.endDate <> date($endDate)) AS datesChanged
CALL (c, datesChanged) {
  WITH c WHERE NOT datesChanged
  SET c.name = $name, c.startDate = date($startDate), c.endDate = date($endDate), c.workingDays = toInteger($workingDays)
}
RETURN ${CYCLE_FIELDS("c")} AS c, datesChanged`;

const LIST = `MATCH (c:Cycle) RETURN ${CYCLE_FIELDS("c")} AS c ORDER BY c.startDate DESC, c.id`;

export async function saveCycle(driver: Driver, cycle: CycleInput): Promise<StoredCycle> {
  const { records } = await driver.executeQuery(SAVE, { ...cycle, workingDays: workingDaysBetween(cycle.startDate, cycle.endDate) });
  const r = records[0]!;
  if (r.get("datesChanged"))
    throw new DomainError(ErrorCode.CONFLICT, `Cycle ${cycle.id} has approved call plans: its dates can no longer change.`, {
      current: toNative(r.get("c")),
    });
  return toNative(r.get("c")) as StoredCycle;
}

export async function listCycles(driver: Driver): Promise<StoredCycle[]> {
  const { records } = await driver.executeQuery(LIST, {}, { routing: "READ" });
  return records.map((r) => toNative(r.get("c")) as StoredCycle);
}
