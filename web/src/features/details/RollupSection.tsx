import { useEffect, useState } from "react";
import { ENTITY_ROLLUP } from "../../api/queries.ts";
import type { EntityKind } from "../../api/types.ts";
import { errorMessage, type Api } from "../../api/use-api.ts";
import type { Measure } from "../../api/use-graph-view.ts";

/** Parents and children of the entity among the loaded hierarchy (in effect on the view's date). */
export interface NodeCounts {
  parents: number;
  children: number;
}

interface Props {
  api: Api;
  id: string;
  kind: EntityKind;
  measure: Measure | null;
  asOf: string | null;
  counts: NodeCounts | null;
}

/** The entity's roll-up of the explore page's metric and period (an HCP's own value), and its parents and children. */
export function RollupSection({ api, id, kind, measure, asOf, counts }: Props) {
  const [value, setValue] = useState<number | null>(null);
  const [state, setState] = useState<"loading" | "done" | "error">("loading");
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!measure) return;
    let cancelled = false;
    setState("loading");
    api(ENTITY_ROLLUP, { id, metric: measure.metric, period: measure.period, asOf })
      .then((d) => {
        if (cancelled) return;
        const found = [...d.hcps, ...d.accounts, ...d.organizations, ...d.networks][0];
        setValue(found?.rollup ?? null);
        setState("done");
      })
      .catch((err: unknown) => {
        if (cancelled) return;
        setError(errorMessage(err));
        setState("error");
      });
    return () => {
      cancelled = true;
    };
  }, [api, id, measure, asOf]);

  return (
    <section className="analytics" data-testid="rollup-section" aria-labelledby="rollup-section-title">
      <h3 id="rollup-section-title">
        {kind === "HCP" ? "Own value" : "Roll-up"}{" "}
        {measure && (
          <span className="muted">
            {measure.metric} {measure.period}
            {asOf ? ` as of ${asOf}` : ""}
          </span>
        )}
      </h3>
      {!measure && <p className="muted">No metric values loaded yet.</p>}
      {measure && state === "loading" && <p className="muted">Loading…</p>}
      {state === "error" && <p className="error">{error}</p>}
      <dl>
        {measure && state === "done" && (
          <div>
            <dt>{measure.metric}</dt>
            <dd data-testid="rollup-value">
              {value === null ? "not visible" : value.toLocaleString("en-US", { maximumFractionDigits: 2 })}
            </dd>
          </div>
        )}
        {counts && (
          <>
            <div>
              <dt>parents in view</dt>
              <dd data-testid="parent-count">{counts.parents}</dd>
            </div>
            <div>
              <dt>children in view</dt>
              <dd data-testid="child-count">{counts.children}</dd>
            </div>
          </>
        )}
      </dl>
    </section>
  );
}
