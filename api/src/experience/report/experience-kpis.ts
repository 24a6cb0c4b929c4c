/** The KPIs of a key's summed lists (report-queries.ts SUM_BY_KEY), with a trend month by month. */
import { emptyMonth, SLOT } from "../facts/month-vector.ts";
import { monthsBetween } from "../facts/quarters.ts";
import { csat, type Csat } from "../kpis/csat.ts";
import { engagement, type Engagement } from "../kpis/engagement.ts";
import { nps, type Nps } from "../kpis/nps.ts";
import { retention, type Retention } from "../kpis/retention.ts";

export interface MonthKpis {
  nps: Nps;
  csat: Csat;
  engagement: Engagement;
}

export interface ExperienceKpis extends MonthKpis {
  /** One per quarter wholly inside the range, in order. */
  retention: Retention[];
}

export interface TrendPoint extends MonthKpis {
  month: string;
}

export interface SummedLists {
  months: number[] | null;
  quarters: { period: string; v: number[] }[];
  trend: { period: string; v: number[] }[];
}

export function monthKpis(v: readonly number[], months: number): MonthKpis {
  return {
    nps: nps(v.slice(SLOT.nps, SLOT.nps + 11)),
    csat: csat(v.slice(SLOT.csat, SLOT.csat + 5)),
    engagement: engagement(v, months),
  };
}

export function kpisOf(lists: SummedLists | undefined, range: { from: string; to: string; quarters: string[] }): ExperienceKpis {
  const months = monthsBetween(range.from, range.to);
  const byQuarter = new Map((lists?.quarters ?? []).map((q) => [q.period, q.v]));
  return {
    ...monthKpis(lists?.months ?? emptyMonth(), months.length),
    retention: range.quarters.map((q) => retention(q, byQuarter.get(q) ?? [])),
  };
}

export function trendOf(lists: SummedLists | undefined, range: { from: string; to: string }): TrendPoint[] {
  const byMonth = new Map((lists?.trend ?? []).map((m) => [m.period, m.v]));
  return monthsBetween(range.from, range.to).map((month) => ({ month, ...monthKpis(byMonth.get(month) ?? emptyMonth(), 1) }));
}
