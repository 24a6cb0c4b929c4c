/**
 * The explore page's deep links: `#explore/hierarchy/<id>?asOf=&metric=&period=&selected=`,
 * `#explore/influence/<id>?depth=` and `#explore/diff/<id>?from=&to=&metric=&period=`.
 */
import { formatHashRoute, type HashRoute } from "../../app/hash-route.ts";
import { Metric } from "../../api/types.ts";

export type ExploreView =
  | { view: "hierarchy"; id: string; asOf: string | null; metric: Metric | null; period: string | null; selected: string | null }
  | { view: "influence"; id: string; depth: 1 | 2; selected: string | null }
  | { view: "diff"; id: string; from: string; to: string; metric: Metric | null; period: string | null; selected: string | null };

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const dateParam = (value: string | null) => (value && DATE.test(value) ? value : null);
const metricParam = (value: string | null) => (Object.values(Metric).find((m) => m === value) ?? null) as Metric | null;

/** The view a route names, or null (no id, an unknown view, a diff without both dates). */
export function exploreViewOf(route: HashRoute): ExploreView | null {
  const [view, id] = route.path;
  if (route.page !== "explore" || !id) return null;
  const p = route.params;
  const selected = p.get("selected") || null;
  const metric = metricParam(p.get("metric"));
  const period = p.get("period") || null;
  if (view === "hierarchy") return { view, id, asOf: dateParam(p.get("asOf")), metric, period, selected };
  if (view === "influence") return { view, id, depth: p.get("depth") === "2" ? 2 : 1, selected };
  if (view === "diff") {
    const from = dateParam(p.get("from"));
    const to = dateParam(p.get("to"));
    return from && to ? { view, id, from, to, metric, period, selected } : null;
  }
  return null;
}

/** The hash of a view. */
export function exploreHash(v: ExploreView): string {
  const params: Record<string, string | null> =
    v.view === "hierarchy"
      ? { asOf: v.asOf, metric: v.metric, period: v.period }
      : v.view === "influence"
        ? { depth: String(v.depth) }
        : { from: v.from, to: v.to, metric: v.metric, period: v.period };
  return formatHashRoute("explore", [v.view, v.id], { ...params, selected: v.selected });
}
