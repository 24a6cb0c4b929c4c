import { useCallback, useEffect, useState } from "react";
import { PARENT_EDGES } from "../../api/changes.ts";
import { EntityKind } from "../../api/types.ts";
import { errorMessage, type Api } from "../../api/use-api.ts";
import { AddAffiliationDialog } from "./AddAffiliationDialog.tsx";
import { EditAffiliationDialog } from "./EditAffiliationDialog.tsx";
import type { ParentEdgeRow } from "./review-types.ts";
import { useAffiliationVocabulary } from "./use-affiliation-vocabulary.ts";

/** The level above each kind that has parents the app edits here. */
const PARENT_KIND: Partial<Record<string, EntityKind>> = { HCP: EntityKind.ACCOUNT, ACCOUNT: EntityKind.ORGANIZATION };

/**
 * The details panel's affiliations of an HCP or an account: its current parents (weight, primary,
 * type, influence) with *Edit*, and *Add affiliation* for a second (or further) parent; both are
 * governed changes (proposed for review, or applied at once by a steward).
 */
export function AffiliationActions({ api, id, kind, name }: { api: Api; id: string; kind: string; name: string }) {
  const parentKind = PARENT_KIND[kind];
  if (!parentKind) return null;
  return <Affiliations api={api} id={id} kind={kind as EntityKind} parentKind={parentKind} name={name} />;
}

function Affiliations({
  api,
  id,
  kind,
  parentKind,
  name,
}: {
  api: Api;
  id: string;
  kind: EntityKind;
  parentKind: EntityKind;
  name: string;
}) {
  const [edges, setEdges] = useState<ParentEdgeRow[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [dialog, setDialog] = useState<{ add: true } | { edit: ParentEdgeRow } | null>(null);
  const vocabulary = useAffiliationVocabulary(api, kind);
  const today = new Date().toISOString().slice(0, 10);

  const load = useCallback(async () => {
    try {
      const d = await api(PARENT_EDGES, { id });
      const all = [...d.hcps.flatMap((h) => h.accountsConnection.edges), ...d.accounts.flatMap((a) => a.organizationsConnection.edges)];
      setEdges(
        all.filter((e) => (e.properties.validTo === null || e.properties.validTo >= today) && (e.properties.validFrom ?? "") <= today),
      );
      setError(null);
    } catch (err) {
      setError(errorMessage(err));
    }
  }, [api, id, today]);
  useEffect(() => void load(), [load]);

  const done = (m: string) => {
    setDialog(null);
    setMessage(m);
    void load();
  };
  const voc = vocabulary.data?.affiliationVocabulary;

  return (
    <section aria-labelledby="affiliations-title" data-testid="affiliations">
      <h3 id="affiliations-title">Parents</h3>
      {error && (
        <p className="error" role="alert">
          Could not load the affiliations: {error}
        </p>
      )}
      {edges === null && !error && (
        <p className="muted" role="status">
          Loading the affiliations…
        </p>
      )}
      {edges?.length === 0 && <p className="muted">No current parent.</p>}
      {edges && edges.length > 0 && (
        <ul className="parents">
          {edges.map((e) => (
            <li key={e.properties.id} data-testid={`parent-edge-${e.node.id}`}>
              <span>
                <b>{e.node.name}</b> · weight <span data-testid="parent-weight">{e.properties.weight}</span>
                {e.properties.primary && " · primary"} · <span data-testid="parent-type">{e.properties.type}</span>
                {e.properties.influence != null && (
                  <>
                    {" "}
                    · influence <span data-testid="parent-influence">{e.properties.influence}</span>
                  </>
                )}
              </span>
              <button
                type="button"
                data-testid="parent-edit"
                disabled={!voc}
                aria-label={`Edit the affiliation with ${e.node.name}`}
                onClick={() => setDialog({ edit: e })}
              >
                Edit
              </button>
            </li>
          ))}
        </ul>
      )}
      <button type="button" data-testid="add-affiliation" disabled={!voc || !edges} onClick={() => setDialog({ add: true })}>
        Add affiliation
      </button>
      {message && (
        <p role="status" data-testid="affiliations-message">
          {message}
        </p>
      )}
      {voc && dialog && "add" in dialog && edges && (
        <AddAffiliationDialog
          api={api}
          child={{ id, name }}
          parentKind={parentKind}
          current={edges.map((e) => ({
            edgeId: e.properties.id,
            version: e.properties.version,
            parentId: e.node.id,
            weight: e.properties.weight,
            primary: e.properties.primary,
          }))}
          vocabulary={voc}
          onDone={done}
          onClose={() => setDialog(null)}
        />
      )}
      {voc && dialog && "edit" in dialog && (
        <EditAffiliationDialog
          api={api}
          childName={name}
          edge={dialog.edit}
          vocabulary={voc}
          onDone={done}
          onClose={() => setDialog(null)}
        />
      )}
    </section>
  );
}
