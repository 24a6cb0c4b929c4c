import { useMemo } from "react";
import { formatHashRoute } from "../../app/hash-route.ts";
import { MY_AFFILIATIONS } from "../../api/changes.ts";
import type { Api } from "../../api/use-api.ts";
import { QueryState } from "../../app/QueryState.tsx";
import { useQuery } from "../../api/use-query.ts";
import { affiliationsToConfirm } from "./affiliations-to-confirm.ts";

const SHOWN = 5;

/** On a rep's home: how many of their HCPs' affiliations still wait for a confirmation, the least certain first, and the way to the page that confirms them. */
export function AffiliationsToConfirm({ api, today }: { api: Api; today: string }) {
  const result = useQuery(api, MY_AFFILIATIONS, {});
  const pending = useMemo(
    () =>
      affiliationsToConfirm(
        (result.data?.hcps ?? []).flatMap((h) =>
          h.accountsConnection.edges.map((e) => ({
            hcpId: h.id,
            hcpName: h.name,
            accountName: e.node.name,
            confidence: e.properties.confidence ?? null,
            validTo: e.properties.validTo ?? null,
          })),
        ),
        today,
      ),
    [result.data, today],
  );
  return (
    <div data-testid="affiliations-to-confirm">
      <QueryState result={result} what="affiliations" />
      {result.data && pending.length === 0 && <p className="muted">Every affiliation of your HCPs is confirmed.</p>}
      {pending.length > 0 && (
        <>
          <p>
            <b data-testid="affiliations-to-confirm-count">{pending.length}</b> affiliations of your HCPs wait for your confirmation.{" "}
            <a href={formatHashRoute("affiliations")}>Confirm them</a>
          </p>
          <ul>
            {pending.slice(0, SHOWN).map((e) => (
              <li key={`${e.hcpId}|${e.accountName}`}>
                {e.hcpName} at {e.accountName}{" "}
                <span className="muted">(confidence {e.confidence === null ? "unknown" : `${Math.round(e.confidence * 100)}%`})</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
