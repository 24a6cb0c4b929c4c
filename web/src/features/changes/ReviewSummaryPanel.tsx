import { REVIEW_SUMMARY } from "../../api/changes.ts";
import type { Api } from "../../api/use-api.ts";
import { QueryState } from "../../app/QueryState.tsx";
import { useQuery } from "../../api/use-query.ts";
import { ageOf } from "./review-format.ts";
import type { ReviewSummary } from "./review-types.ts";
import { ColumnHeads } from "../../app/ColumnHeads.tsx";

/**
 * The review queue in numbers (reviewSummary): tiles for the headline counts, then a compact
 * table per breakdown. Its owner remounts it (a new `key`) to read the numbers again after a decision.
 */
export function ReviewSummaryPanel({ api }: { api: Api }) {
  const result = useQuery(api, REVIEW_SUMMARY, {});
  return (
    <section aria-labelledby="review-summary-title" data-testid="review-summary">
      <h3 id="review-summary-title">The queue in numbers</h3>
      <QueryState result={result} what="the review summary" />
      {result.data && <SummaryFigures s={result.data.reviewSummary} />}
    </section>
  );
}

function SummaryFigures({ s }: { s: ReviewSummary }) {
  return (
    <>
      <dl className="kpi-tiles">
        <Tile label="Pending" value={String(s.pending)} testId="summary-pending" />
        <Tile label="Escalated (need an ADMIN)" value={String(s.pendingRequiringAdmin)} testId="summary-escalated" />
        <Tile label="Oldest pending" value={s.oldestPendingAt ? ageOf(s.oldestPendingAt, new Date()) : "—"} testId="summary-oldest" />
        <Tile
          label="Median time to a decision"
          value={s.medianHoursToDecision === null ? "—" : `${s.medianHoursToDecision.toFixed(1)} h`}
          testId="summary-median"
        />
      </dl>
      <div className="review-summary">
        <CountTable caption="Pending by kind" rows={s.pendingByKind} testId="summary-by-kind" />
        <CountTable caption="Pending by age" rows={s.pendingByAge} testId="summary-by-age" />
        <CountTable caption="Pending by level" rows={s.pendingByLevel} testId="summary-by-level" />
        <CountTable caption="Pending by requester territory" rows={s.pendingByTerritory} testId="summary-by-territory" />
        <RateTable caption="Decisions by kind" rows={s.ratesByKind} testId="summary-rates-kind" />
      </div>
    </>
  );
}

function Tile({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <div className="kpi-tile">
      <dt className="muted">{label}</dt>
      <dd className="value" data-testid={testId}>
        {value}
      </dd>
    </div>
  );
}

function CountTable({ caption, rows, testId }: { caption: string; rows: ReviewSummary["pendingByKind"]; testId: string }) {
  return (
    <table className="counts" data-testid={testId}>
      <caption>{caption}</caption>
      <tbody>
        {rows.length === 0 && (
          <tr>
            <td className="muted">none</td>
          </tr>
        )}
        {rows.map((r) => (
          <tr key={r.key} data-key={r.key}>
            <th scope="row">{r.key}</th>
            <td>{r.count}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function RateTable({ caption, rows, testId }: { caption: string; rows: ReviewSummary["ratesByKind"]; testId: string }) {
  const pct = (x: number) => `${Math.round(100 * x)}%`;
  return (
    <table className="counts" data-testid={testId}>
      <caption>{caption}</caption>
      <ColumnHeads names={["kind", "decided", "approved", "rejected"]} />
      <tbody>
        {rows.length === 0 && (
          <tr>
            <td colSpan={4} className="muted">
              no decisions yet
            </td>
          </tr>
        )}
        {rows.map((r) => (
          <tr key={r.key}>
            <th scope="row">{r.key}</th>
            <td>{r.decided}</td>
            <td>{pct(r.approvalRate)}</td>
            <td>{pct(r.rejectionRate)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
