import { useEffect, useRef } from "react";
import type { ChartModel } from "./chart-models.ts";
import { echarts } from "./echarts-setup.ts";

interface Props {
  title: string;
  chart: ChartModel;
  testId: string;
  /** Said instead of the chart when it has nothing to draw. */
  empty?: string | null;
}

/** One chart (ECharts, SVG) with its numbers as a table for screen readers and for reading exact values. */
export function ChartFigure({ title, chart, testId, empty }: Props) {
  return (
    <figure className="trend experience-chart" data-testid={testId}>
      <figcaption>{title}</figcaption>
      {empty ? (
        <p className="muted">{empty}</p>
      ) : (
        <>
          <ChartCanvas title={title} chart={chart} />
          <details>
            <summary>Numbers</summary>
            <table className="field-table">
              <caption className="sr-only">{title}</caption>
              <thead>
                <tr>
                  {chart.columns.map((c) => (
                    <th key={c} scope="col">
                      {c}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {chart.rows.map((row) => (
                  <tr key={row[0]}>
                    {row.map((cell, i) => (
                      <td key={chart.columns[i]}>{cell}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </>
      )}
    </figure>
  );
}

function ChartCanvas({ title, chart }: { title: string; chart: ChartModel }) {
  const el = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!el.current) return;
    const instance = echarts.init(el.current, undefined, { renderer: "svg" });
    instance.setOption(chart.option);
    const onResize = () => instance.resize();
    window.addEventListener("resize", onResize);
    return () => {
      window.removeEventListener("resize", onResize);
      instance.dispose();
    };
  }, [chart]);
  return <div ref={el} className="trend-chart" role="img" aria-label={`${title}; the numbers are in the table below`} />;
}
