import { useCallback, useEffect, useState } from "react";
import { CONFIRM_AFFILIATION, MY_AFFILIATIONS } from "../../api/changes.ts";
import { errorMessage, type Api } from "../../api/use-api.ts";
import { ProposeWeightDialog } from "./ProposeWeightDialog.tsx";
import { ColumnHeads } from "../../app/ColumnHeads.tsx";

interface Row {
  hcpId: string;
  hcpName: string;
  accountId: string;
  accountName: string;
  edgeId: string;
  weight: number;
  primary: boolean;
  version: number;
  confidence: number | null;
}

/** A rep validates the current affiliations of their territories' HCPs: confirm, or propose a new weight (in a dialog). */
export function MyAffiliationsPage({ api }: { api: Api }) {
  const [rows, setRows] = useState<Row[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [weighing, setWeighing] = useState<Row | null>(null);
  const today = new Date().toISOString().slice(0, 10);

  const load = useCallback(async () => {
    const d = await api(MY_AFFILIATIONS);
    setRows(
      d.hcps.flatMap((h) =>
        h.accountsConnection.edges
          .filter((e) => e.properties.validTo === null || e.properties.validTo >= today)
          .map((e) => ({
            hcpId: h.id,
            hcpName: h.name,
            accountId: e.node.id,
            accountName: e.node.name,
            edgeId: e.properties.id,
            weight: e.properties.weight,
            primary: e.properties.primary,
            version: e.properties.version,
            confidence: e.properties.confidence,
          })),
      ),
    );
  }, [api, today]);
  useEffect(() => void load().catch((err: unknown) => setLoadError(errorMessage(err))), [load]);

  const confirm = (r: Row) =>
    api(CONFIRM_AFFILIATION, { edgeId: r.edgeId, expectedVersion: r.version })
      .then(() => setMessage(`Confirmed ${r.hcpName} at ${r.accountName}.`))
      .then(load)
      .catch((err: unknown) => setMessage(errorMessage(err)));

  return (
    <section className="review-page" data-testid="my-affiliations">
      <h2>My affiliations</h2>
      {message && (
        <p role="status" data-testid="my-affiliations-message">
          {message}
        </p>
      )}
      {loadError && (
        <p className="error" role="alert">
          Could not load your affiliations: {loadError}
        </p>
      )}
      {rows === null && !loadError && (
        <p className="muted" role="status">
          Loading your affiliations…
        </p>
      )}
      {rows?.length === 0 && (
        <p className="muted" data-testid="my-affiliations-empty">
          No current affiliations in your territories.
        </p>
      )}
      {rows && rows.length > 0 && (
        <table className="counts">
          <ColumnHeads names={["HCP", "account", "weight", "primary", "confidence", { hidden: "actions" }]} />
          <tbody>
            {rows.map((r) => (
              <tr key={r.edgeId} data-testid={`affiliation-${r.edgeId}`}>
                <td>{r.hcpName}</td>
                <td>{r.accountName}</td>
                <td>{r.weight}</td>
                <td>{r.primary ? "yes" : ""}</td>
                <td>{r.confidence ?? ""}</td>
                <td>
                  <button
                    type="button"
                    data-testid="affiliation-confirm"
                    aria-label={`Confirm ${r.hcpName} at ${r.accountName}`}
                    onClick={() => void confirm(r)}
                  >
                    Confirm
                  </button>{" "}
                  <button type="button" data-testid="affiliation-propose-weight" onClick={() => setWeighing(r)}>
                    Propose weight…
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {weighing && (
        <ProposeWeightDialog
          api={api}
          edge={weighing}
          onDone={(m) => {
            setWeighing(null);
            setMessage(m);
          }}
          onClose={() => setWeighing(null)}
        />
      )}
    </section>
  );
}
