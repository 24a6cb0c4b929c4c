import { useEffect, useState } from "react";
import { ENTITY_DETAILS } from "../../api/queries.ts";
import type { EntityDetails } from "../../api/types.ts";
import { errorMessage, type Api } from "../../api/use-api.ts";
import { AffiliationActions } from "../changes/AffiliationActions.tsx";
import type { Measure } from "../../api/use-graph-view.ts";
import { ExperienceSection } from "./ExperienceSection.tsx";
import { HcpAnalyticsSection } from "./HcpAnalyticsSection.tsx";
import { HistorySection } from "./HistorySection.tsx";
import { RollupSection, type NodeCounts } from "./RollupSection.tsx";

interface Props {
  api: Api;
  id: string | null;
  onOpenHierarchy: (id: string) => void;
  onOpenInfluence: (id: string) => void;
  /** The explore toolbar's metric, period and date, which the roll-up shows. */
  measure: Measure | null;
  asOf: string | null;
  /** The entity's parents and children in the hierarchy on screen, when it is in it. */
  counts: NodeCounts | null;
}

/** Properties of the selected entity, with shortcuts to its views. */
export function DetailsPanel({ api, id, onOpenHierarchy, onOpenInfluence, measure, asOf, counts }: Props) {
  const [details, setDetails] = useState<EntityDetails | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!id) return setDetails(null);
    let cancelled = false;
    api(ENTITY_DETAILS, { id })
      .then((d) => {
        if (cancelled) return;
        setDetails(d.entityDetails);
        setError(d.entityDetails ? null : "Not found, or not in your territories.");
      })
      .catch((err: unknown) => !cancelled && setError(errorMessage(err)));
    return () => {
      cancelled = true;
    };
  }, [api, id]);

  return (
    <aside className="details" data-testid="details">
      {!id && <p className="muted">Select a node or a search result to see its details.</p>}
      {error && <p className="error">{error}</p>}
      {details && (
        <>
          <h2>{details.name}</h2>
          <p className={`kind kind-${details.kind.toLowerCase()}`}>{details.kind}</p>
          <div className="actions">
            <button type="button" onClick={() => onOpenHierarchy(details.id)}>
              Open hierarchy
            </button>
            {details.kind === "HCP" && (
              <button type="button" onClick={() => onOpenInfluence(details.id)}>
                Open influence network
              </button>
            )}
          </div>
          <dl>
            {details.attributes.map((a) => (
              <div key={a.key}>
                <dt>{a.key}</dt>
                <dd>{a.value}</dd>
              </div>
            ))}
          </dl>
          <RollupSection api={api} id={details.id} kind={details.kind} measure={measure} asOf={asOf} counts={counts} />
          {details.kind === "HCP" && <HcpAnalyticsSection api={api} id={details.id} />}
          {details.kind !== "HCP" && <ExperienceSection api={api} id={details.id} />}
          <AffiliationActions key={details.id} api={api} id={details.id} kind={details.kind} name={details.name} />
          <HistorySection api={api} id={details.id} />
        </>
      )}
    </aside>
  );
}
