import { useEffect, useState } from "react";
import { HCP_ANALYTICS } from "../../api/queries.ts";
import type { HcpAnalytics, HcpScore } from "../../api/types.ts";
import type { Api } from "../../api/use-api.ts";

/** An HCP's influence measures and, per active scoring model, the score with its explanation. */
export function HcpAnalyticsSection({ api, id }: { api: Api; id: string }) {
  const [data, setData] = useState<HcpAnalytics | null>(null);
  useEffect(() => {
    let cancelled = false;
    api(HCP_ANALYTICS, { id })
      .then((d) => !cancelled && setData(d.hcps[0] ?? null))
      .catch(() => !cancelled && setData(null));
    return () => {
      cancelled = true;
    };
  }, [api, id]);
  if (!data) return null;
  return (
    <section className="analytics" data-testid="hcp-analytics">
      {data.pagerank !== null && (
        <>
          <h3>Influence</h3>
          <dl>
            <div>
              <dt>percentile in specialty</dt>
              <dd>{data.influencePercentile?.toFixed(1)}</dd>
            </div>
            <div>
              <dt>reach (2 hops)</dt>
              <dd>{data.reach}</dd>
            </div>
            <div>
              <dt>network value</dt>
              <dd>{data.networkValue?.toFixed(1)}</dd>
            </div>
            <div>
              <dt>PageRank</dt>
              <dd>{data.pagerank.toExponential(3)}</dd>
            </div>
          </dl>
        </>
      )}
      {data.scores.map((s) => (
        <ScoreExplanation key={s.model} score={s} />
      ))}
    </section>
  );
}

function ScoreExplanation({ score }: { score: HcpScore }) {
  return (
    <div className="score" data-testid={`score-${score.model}`}>
      <h3>
        {score.model} v{score.version}: <b data-testid="score-value">{score.score.toFixed(1)}</b>
        {score.segment && <span className="segment"> segment {score.segment}</span>}
        {score.flags.map((f) => (
          <span key={f} className="flag">
            {f}
          </span>
        ))}
      </h3>
      <table className="explanation">
        <tbody>
          {score.explanation.map((e) => (
            <tr key={e.key} className={e.missing ? "missing" : undefined} data-testid={`contribution-${e.key}`}>
              <td>{e.label}</td>
              <td className="bar">
                <i style={{ width: `${Math.max(0, e.contribution)}%` }} />
              </td>
              <td className="num">{e.missing ? "no data" : e.contribution.toFixed(1)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
