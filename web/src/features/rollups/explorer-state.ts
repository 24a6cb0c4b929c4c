/**
 * What the roll-up explorer shows, held in its URL (`#rollups?level=ACCOUNT&metric=TRX&period=2026-Q3
 * &asOf=2025-06-30&sort=NAME&limit=25&offset=50`), so a view can be linked and comes back with the
 * back button. Unknown or missing values read as the defaults; the defaults are left out of the URL.
 */
import { EntityKind, Metric, RollupSort } from "../../api/rollups.ts";
import { formatHashRoute } from "../../app/hash-route.ts";

export const ROLLUPS_PAGE = "rollups";
export const PAGE_SIZES = [10, 25, 50, 100] as const;

export interface ExplorerState {
  level: EntityKind;
  metric: Metric;
  /** null: the newest period with values (the page fills it in once it knows the periods). */
  period: string | null;
  /** A past date (YYYY-MM-DD) to compute the roll-ups over the edges valid that day; null: the materialized values. */
  asOf: string | null;
  sort: RollupSort;
  limit: number;
  offset: number;
}

export const DEFAULT_STATE: ExplorerState = {
  level: EntityKind.ORGANIZATION,
  metric: Metric.TRX,
  period: null,
  asOf: null,
  sort: RollupSort.ROLLUP_DESC,
  limit: 25,
  offset: 0,
};

const PERIOD = /^\d{4}-(Q[1-4]|\d{2})$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

const oneOf = <T extends string>(values: Record<string, T>, raw: string | null, fallback: T): T =>
  raw !== null && (Object.values(values) as string[]).includes(raw) ? (raw as T) : fallback;

export function parseExplorerState(params: URLSearchParams): ExplorerState {
  const period = params.get("period");
  const asOf = params.get("asOf");
  const limit = Number(params.get("limit"));
  const offset = Number(params.get("offset"));
  const pageSize = (PAGE_SIZES as readonly number[]).includes(limit) ? limit : DEFAULT_STATE.limit;
  return {
    level: oneOf(EntityKind, params.get("level"), DEFAULT_STATE.level),
    metric: oneOf(Metric, params.get("metric"), DEFAULT_STATE.metric),
    period: period !== null && PERIOD.test(period) ? period : null,
    asOf: asOf !== null && DATE.test(asOf) ? asOf : null,
    sort: oneOf(RollupSort, params.get("sort"), DEFAULT_STATE.sort),
    limit: pageSize,
    // Paging moves by whole pages: an offset off the grid snaps down to its page.
    offset: Number.isInteger(offset) && offset > 0 ? offset - (offset % pageSize) : 0,
  };
}

export function explorerHash(state: ExplorerState): string {
  const value = <K extends keyof ExplorerState>(key: K) => (state[key] === DEFAULT_STATE[key] ? null : String(state[key]));
  return formatHashRoute(ROLLUPS_PAGE, [], {
    level: value("level"),
    metric: value("metric"),
    period: state.period,
    asOf: state.asOf,
    sort: value("sort"),
    limit: value("limit"),
    offset: value("offset"),
  });
}

/** A filter changed: back to the first page, since the rows are different ones. */
export function withFilter(state: ExplorerState, change: Partial<Omit<ExplorerState, "offset">>): ExplorerState {
  return { ...state, ...change, offset: 0 };
}
