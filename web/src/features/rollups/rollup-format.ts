/** How the roll-up explorer words values, levels and its CSV files. */
import type { EntityKind, RollupRow } from "../../api/rollups.ts";
import { toCsv } from "./csv.ts";
import type { ExplorerState } from "./explorer-state.ts";

const VALUE = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });

/** A metric value: thousands grouped, at most two decimals (roll-ups of weighted edges have fractions). */
export const formatValue = (x: number): string => VALUE.format(x);

/** The levels of the hierarchy (LevelRollup.level) by number. */
export const LEVEL_NAMES: Record<number, string> = { 1: "HCP", 2: "Account", 3: "Organization", 4: "Network" };

export const KIND_NAMES: Record<EntityKind, string> = {
  HCP: "HCPs",
  ACCOUNT: "Accounts",
  ORGANIZATION: "Organizations",
  NETWORK: "Networks",
};

/** The CSV of roll-up rows: full precision, one row per entity. */
export const rollupCsv = (rows: readonly RollupRow[]): string =>
  toCsv(
    ["id", "name", "own", "rollup"],
    rows.map((r) => [r.id, r.name, r.own, r.rollup]),
  );

/** A file name that says what the rows are: `rollups-ACCOUNT-TRX-2026-Q3-asof-2025-06-30-rows-11-20.csv`, or `-all.csv`. */
export function csvFileName(state: ExplorerState & { period: string }, rows: { from: number; to: number } | "all"): string {
  const asOf = state.asOf ? `-asof-${state.asOf}` : "";
  const which = rows === "all" ? "all" : `rows-${rows.from}-${rows.to}`;
  return `rollups-${state.level}-${state.metric}-${state.period}${asOf}-${which}.csv`;
}
