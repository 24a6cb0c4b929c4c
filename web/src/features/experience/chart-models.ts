/**
 * The dashboard's charts as data: an ECharts option and the same numbers as a table (for screen
 * readers and for reading exact values). Pure: the React side only draws them.
 */
import type { EChartsCoreOption } from "echarts/core";
import type { ChannelEngagement, ExperienceGroup, ExperienceMonth } from "../../api/experience-types.ts";
import { channelLabel, count, npsCategory, type NpsCategory, percentValue, points, ratioPercent } from "./experience-format.ts";
import { CATEGORY_COLOUR, SERIES_COLOURS } from "./palette.ts";

export interface ChartModel {
  option: EChartsCoreOption;
  columns: string[];
  rows: string[][];
}

const BASE = { animation: false, tooltip: { trigger: "axis" } };
const GRID = { left: 16, right: 16, top: 36, bottom: 8, containLabel: true };

/** Charts of several series name them below the plot (above it, the legend runs into the value axis' name); `lines` it may wrap to. */
const legendBelow = (lines: number) => ({
  legend: { bottom: 0, itemWidth: 14, itemGap: 10 },
  grid: { ...GRID, bottom: 8 + 22 * lines },
});

const NPS_AXIS = { type: "value", name: "NPS", min: -100, max: 100 };

/** NPS month by month; a month without answers is a gap. */
export function npsTrendChart(trend: readonly ExperienceMonth[]): ChartModel {
  return {
    option: {
      ...BASE,
      grid: GRID,
      color: SERIES_COLOURS,
      xAxis: { type: "category", data: trend.map((m) => m.month) },
      yAxis: NPS_AXIS,
      series: [{ name: "NPS", type: "line", data: trend.map((m) => m.nps.score), connectNulls: false, symbolSize: 8 }],
    },
    columns: ["month", "NPS", "answers"],
    rows: trend.map((m) => [m.month, points(m.nps.score), count(m.nps.responses)]),
  };
}

const CATEGORIES: [NpsCategory, string][] = [
  ["detractor", "Detractors (0-6)"],
  ["passive", "Passives (7-8)"],
  ["promoter", "Promoters (9-10)"],
];

/** Answers by score 0..10, one stacked series per category so the legend names each colour. */
export function npsDistributionChart(distribution: readonly number[]): ChartModel {
  const scores = distribution.map((_, score) => String(score));
  return {
    option: {
      ...BASE,
      ...legendBelow(2),
      xAxis: { type: "category", data: scores },
      yAxis: { type: "value", name: "answers" },
      series: CATEGORIES.map(([category, label]) => ({
        name: label,
        type: "bar",
        stack: "answers",
        itemStyle: { color: CATEGORY_COLOUR[category] },
        data: distribution.map((n, score) => (npsCategory(score) === category ? n : null)),
      })),
    },
    columns: ["answer", "category", "answers"],
    rows: distribution.map((n, score) => [String(score), npsCategory(score), count(n)]),
  };
}

/** Delivered and activated touchpoints per channel. */
export function channelEngagementChart(channels: readonly ChannelEngagement[]): ChartModel {
  return {
    option: {
      ...BASE,
      ...legendBelow(1),
      color: SERIES_COLOURS,
      xAxis: { type: "category", data: channels.map((c) => channelLabel(c.channel)), axisLabel: { interval: 0, rotate: 20 } },
      yAxis: { type: "value", name: "touchpoints" },
      series: [
        { name: "Delivered", type: "bar", data: channels.map((c) => c.delivered) },
        { name: "Activated", type: "bar", data: channels.map((c) => c.activated) },
      ],
    },
    columns: ["channel", "delivered", "activated", "rate"],
    rows: channels.map((c) => [channelLabel(c.channel), count(c.delivered), count(c.activated), ratioPercent(c.rate)]),
  };
}

/** NPS per group of HCPs (persona, segment); the table adds CSAT, engagement and answers. */
export function groupBreakdownChart(groups: readonly ExperienceGroup[]): ChartModel {
  return {
    option: {
      ...BASE,
      grid: GRID,
      color: SERIES_COLOURS,
      xAxis: { type: "category", data: groups.map((g) => g.group), axisLabel: { interval: 0 } },
      yAxis: NPS_AXIS,
      series: [{ name: "NPS", type: "bar", data: groups.map((g) => g.kpis.nps.score) }],
    },
    columns: ["group", "NPS", "answers", "CSAT", "engagement"],
    rows: groups.map((g) => [
      g.group,
      points(g.kpis.nps.score),
      count(g.kpis.nps.responses),
      percentValue(g.kpis.csat.score),
      ratioPercent(g.kpis.engagement.rate),
    ]),
  };
}
