import { useState } from "react";
import { formatHashRoute } from "../../app/hash-route.ts";
import { compactNumber, shareOf, wholeNumber } from "../../app/number-format.ts";
import { KEY_ACCOUNTS } from "../../api/key-accounts.ts";
import { useMetricPeriods } from "../../api/use-metric-periods.ts";
import { Metric } from "../../api/types.ts";
import type { Api } from "../../api/use-api.ts";
import { QueryState } from "../../app/QueryState.tsx";
import { useQuery } from "../../api/use-query.ts";
import { ColumnHeads } from "../../app/ColumnHeads.tsx";

const TOP = 15;
const ORGANIZATION_LEVEL = 3;
const ACCOUNT_LEVEL = 2;

interface Row {
  id: string;
  name: string;
  own: number;
  rollup: number;
}

/** A key-account manager's home: the largest organizations and accounts by roll-up of a metric and quarter, each one click from its hierarchy. */
export function KeyAccountsPage({ api }: { api: Api }) {
  const periods = useMetricPeriods(api);
  const [metric, setMetric] = useState<Metric>(Metric.TRX);
  const [chosenPeriod, setPeriod] = useState<string | null>(null);
  const period = chosenPeriod ?? periods?.[0] ?? null;
  const result = useQuery(api, KEY_ACCOUNTS, period ? { metric, period, limit: TOP } : null);
  const levelTotal = (level: number) => result.data?.summary?.levels.find((l) => l.level === level)?.rollup;

  return (
    <section className="key-accounts" aria-labelledby="key-accounts-title">
      <h2 id="key-accounts-title">Key accounts</h2>
      <div className="filters">
        <label>
          Metric{" "}
          <select value={metric} onChange={(e) => setMetric(e.target.value as Metric)} data-testid="key-accounts-metric">
            {Object.values(Metric).map((m) => (
              <option key={m} value={m}>
                {m}
              </option>
            ))}
          </select>
        </label>{" "}
        <label>
          Quarter{" "}
          <select value={period ?? ""} onChange={(e) => setPeriod(e.target.value)} data-testid="key-accounts-period">
            {(periods ?? []).map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </select>
        </label>
      </div>
      {periods !== null && periods.length === 0 && <p className="muted">No metric values yet: import metrics to see roll-ups.</p>}
      <QueryState result={result} what="key accounts" />
      {result.data && period && (
        <div className="two-columns">
          <RankedTable
            title="Organizations"
            testId="key-organizations"
            rows={result.data.organizations.rows}
            total={result.data.organizations.total}
            levelTotal={levelTotal(ORGANIZATION_LEVEL)}
            metric={metric}
            period={period}
          />
          <RankedTable
            title="Accounts"
            testId="key-accounts"
            rows={result.data.accounts.rows}
            total={result.data.accounts.total}
            levelTotal={levelTotal(ACCOUNT_LEVEL)}
            metric={metric}
            period={period}
          />
        </div>
      )}
    </section>
  );
}

interface RankedTableProps {
  title: string;
  testId: string;
  rows: readonly Row[];
  total: number;
  levelTotal: number | undefined;
  metric: Metric;
  period: string;
}

function RankedTable({ title, testId, rows, total, levelTotal, metric, period }: RankedTableProps) {
  if (rows.length === 0)
    return (
      <p className="muted">
        No {title.toLowerCase()} have a {metric} value in {period}.
      </p>
    );
  return (
    <table className="field-table" data-testid={testId}>
      <caption>
        Top {rows.length} of {wholeNumber(total)} {title.toLowerCase()} by {metric} roll-up, {period}
      </caption>
      <ColumnHeads names={["#", title.replace(/s$/, ""), "Roll-up", "Own", "Share of level"]} />
      <tbody>
        {rows.map((r, i) => (
          <tr key={r.id}>
            <td>{i + 1}</td>
            <td>
              <a href={formatHashRoute("explore", ["hierarchy", r.id], { metric, period })}>{r.name}</a>
            </td>
            <td title={wholeNumber(r.rollup)}>{compactNumber(r.rollup)}</td>
            <td title={wholeNumber(r.own)}>{compactNumber(r.own)}</td>
            <td>{shareOf(r.rollup, levelTotal)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
