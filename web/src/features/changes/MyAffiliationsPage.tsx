import { useCallback, useEffect, useState } from "react";
import { CONFIRM_AFFILIATION, MY_AFFILIATIONS, PROPOSE_CHANGE } from "../../api/changes.ts";
import { errorMessage, type Api } from "../../api/use-api.ts";

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

/** A rep validates the current affiliations of their territories' HCPs: confirm, or propose a new weight. */
export function MyAffiliationsPage({ api }: { api: Api }) {
  const [rows, setRows] = useState<Row[]>([]);
  const [message, setMessage] = useState<string | null>(null);
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
  useEffect(() => void load().catch((err: unknown) => setMessage(errorMessage(err))), [load]);

  const confirm = (r: Row) =>
    api(CONFIRM_AFFILIATION, { edgeId: r.edgeId, expectedVersion: r.version })
      .then(() => setMessage(`Confirmed ${r.hcpName} at ${r.accountName}.`))
      .then(load)
      .catch((err: unknown) => setMessage(errorMessage(err)));

  const proposeWeight = (r: Row) => {
    const answer = window.prompt(`New weight of ${r.hcpName} at ${r.accountName} (0..1]`, String(r.weight));
    if (answer === null) return;
    const operations = JSON.stringify([{ op: "UPDATE_AFFILIATION", edgeId: r.edgeId, expectedVersion: r.version, weight: Number(answer) }]);
    api(PROPOSE_CHANGE, { operations, reason: "weight seen in the field" })
      .then((d) => setMessage(`Proposal ${d.proposeChange.status}.`))
      .catch((err: unknown) => setMessage(errorMessage(err)));
  };

  return (
    <section className="review-page" data-testid="my-affiliations">
      <h2>My affiliations</h2>
      {message && <p data-testid="my-affiliations-message">{message}</p>}
      <table className="counts">
        <thead>
          <tr>
            <th>HCP</th>
            <th>account</th>
            <th>weight</th>
            <th>primary</th>
            <th>confidence</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.edgeId} data-testid={`affiliation-${r.edgeId}`}>
              <td>{r.hcpName}</td>
              <td>{r.accountName}</td>
              <td>{r.weight}</td>
              <td>{r.primary ? "yes" : ""}</td>
              <td>{r.confidence ?? ""}</td>
              <td>
                <button type="button" data-testid="affiliation-confirm" onClick={() => void confirm(r)}>
                  Confirm
                </button>{" "}
                <button type="button" onClick={() => proposeWeight(r)}>
                  Propose weight…
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
