import { useEffect, useRef } from "react";
import { echarts } from "./echarts-setup.ts";

export interface TrendSeries {
  label: string;
  /** One value per week, null where there is none (e.g. no target yet). */
  values: (number | null)[];
  /** Shown with this many decimals in the table (percentages are given as 0..100). */
  decimals?: number;
}

interface Props {
  title: string;
  weeks: string[];
  series: TrendSeries[];
  testId: string;
}

/** A weekly trend as an ECharts line chart (SVG), with the same numbers as a table for screen readers and for reading exact values. */
export function TrendChart({ title, weeks, series, testId }: Props) {
  const el = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!el.current) return;
    const chart = echarts.init(el.current, undefined, { renderer: "svg" });
    chart.setOption({
      animation: false,
      tooltip: { trigger: "axis" },
      legend: { top: 0 },
      grid: { left: 40, right: 16, top: 30, bottom: 24 },
      xAxis: { type: "category", data: weeks },
      yAxis: { type: "value" },
      series: series.map((s) => ({ name: s.label, type: "line", data: s.values, connectNulls: false })),
    });
    const onResize = () => chart.resize();
    window.addEventListener("resize", onResize);
    return () => {
      window.removeEventListener("resize", onResize);
      chart.dispose();
    };
  }, [weeks, series]);

  return (
    <figure className="trend" data-testid={testId}>
      <figcaption>{title}</figcaption>
      <div ref={el} className="trend-chart" role="img" aria-label={`${title}, by week; the numbers are in the table below`} />
      <details>
        <summary>Numbers</summary>
        <table className="field-table">
          <thead>
            <tr>
              <th>week</th>
              {series.map((s) => (
                <th key={s.label}>{s.label}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {weeks.map((w, i) => (
              <tr key={w}>
                <td>{w}</td>
                {series.map((s) => (
                  <td key={s.label}>{s.values[i] === null || s.values[i] === undefined ? "" : s.values[i]!.toFixed(s.decimals ?? 0)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
