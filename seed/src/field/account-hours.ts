/**
 * Opening hours of the seeded accounts (`Account.openingHours`, api/src/field/planning/opening-hours.ts):
 * most practices and clinics and half the pharmacies keep one of a few weekly patterns; hospitals
 * and the rest have none (open during all working hours).
 */
import { Rng } from "../prng.ts";
import type { SeedPlan } from "../seed-plan.ts";
import { FIELD_PHASE } from "./field-config.ts";

type Window = { day: number; open: string; close: string };

const days = (list: readonly number[], ...hours: (readonly [string, string])[]): Window[] =>
  list.flatMap((day) => hours.map(([open, close]) => ({ day, open, close })));
const MON_FRI = [1, 2, 3, 4, 5];

const PATTERNS: readonly Window[][] = [
  days(MON_FRI, ["08:00", "17:00"]),
  days(MON_FRI, ["08:30", "12:00"], ["13:30", "17:30"]),
  [...days([1, 2, 3, 4], ["08:00", "17:00"]), ...days([5], ["08:00", "12:00"])],
  days([1, 2, 4, 5], ["09:00", "17:00"]),
  days(MON_FRI, ["07:30", "12:30"]),
];
const PHARMACY: Window[] = days([1, 2, 3, 4, 5, 6], ["09:00", "19:00"]);

/** Share of accounts of each kind that keep opening hours. */
const SHARE: Record<string, number> = { PRACTICE: 0.85, CLINIC: 0.75, PHARMACY: 0.5, HOSPITAL: 0 };

export interface OpeningHoursRow {
  id: string;
  openingHours: string;
}

/** Account `j`'s opening hours as stored (JSON text), or null when it keeps none. */
export function accountHours(plan: SeedPlan, j: number): OpeningHoursRow | null {
  const account = plan.account(j);
  const rng = Rng.for(plan.seed, FIELD_PHASE.openingHours, j);
  if (rng.next() >= (SHARE[account.kind] ?? 0)) return null;
  const windows = account.kind === "PHARMACY" ? PHARMACY : rng.pick(PATTERNS);
  return { id: account.id, openingHours: JSON.stringify(windows) };
}
