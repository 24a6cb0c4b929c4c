import { useEffect, useState } from "react";
import { SEARCH } from "../../api/queries.ts";
import type { SearchHit } from "../../api/types.ts";
import { errorMessage, type Api } from "../../api/use-api.ts";
import { InfluenceSelect } from "./InfluenceSelect.tsx";
import { ModalDialog } from "./ModalDialog.tsx";
import { SubmitChange } from "./SubmitChange.tsx";
import type { AffiliationVocabulary } from "./use-affiliation-vocabulary.ts";
import { planAddition, type CurrentParentEdge } from "./weight-rebalance.ts";
import { ColumnHeads } from "../../app/ColumnHeads.tsx";

const SEARCH_DEBOUNCE_MS = 250;

/**
 * Adds a parent to an HCP (an account) or an account (an organization): the parent found by
 * search, weight, primary flag, type and influence level. The other parents' weights are
 * rebalanced in proportion when the new weight does not fit (shown before submitting), or left
 * for the server to judge.
 */
export function AddAffiliationDialog({
  api,
  child,
  parentKind,
  current,
  vocabulary,
  onDone,
  onClose,
}: {
  api: Api;
  child: { id: string; name: string };
  parentKind: string;
  current: CurrentParentEdge[];
  vocabulary: AffiliationVocabulary;
  onDone: (message: string) => void;
  onClose: () => void;
}) {
  const [text, setText] = useState("");
  const [hits, setHits] = useState<SearchHit[] | null>(null);
  const [searchError, setSearchError] = useState<string | null>(null);
  const [parent, setParent] = useState<SearchHit | null>(null);
  const [weight, setWeight] = useState("0.5");
  const [primary, setPrimary] = useState(false);
  const [type, setType] = useState(vocabulary.types[0] ?? "");
  const [influence, setInfluence] = useState("");
  const [rebalance, setRebalance] = useState(true);
  const [validFrom, setValidFrom] = useState(() => new Date().toISOString().slice(0, 10));

  useEffect(() => {
    if (text.trim().length < 2) return setHits(null);
    let cancelled = false;
    const timer = setTimeout(() => {
      api(SEARCH, { text, limit: 20 })
        .then((d) => {
          if (cancelled) return;
          setHits(d.search.filter((h) => h.kind === parentKind && h.id !== child.id));
          setSearchError(null);
        })
        .catch((err: unknown) => !cancelled && setSearchError(errorMessage(err)));
    }, SEARCH_DEBOUNCE_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [api, text, parentKind, child.id]);

  const plan = parent
    ? planAddition(
        current,
        { childId: child.id, parentId: parent.id, weight: Number(weight), primary, type, influence: influence || null, validFrom },
        rebalance,
      )
    : null;

  return (
    <ModalDialog title={`Add an affiliation of ${child.name}`} testId="add-affiliation-dialog" onClose={onClose}>
      <label>
        Parent ({parentKind.toLowerCase()}): search by name or id
        <input data-testid="add-affiliation-search" type="search" value={text} onChange={(e) => setText(e.target.value)} />
      </label>
      {searchError && (
        <p className="error" role="alert">
          {searchError}
        </p>
      )}
      {hits?.length === 0 && <p className="muted">No {parentKind.toLowerCase()} matches you may see.</p>}
      {hits && hits.length > 0 && (
        <ul className="parents" aria-label="matching parents">
          {hits.map((h) => (
            <li key={h.id}>
              <button
                type="button"
                data-testid={`add-affiliation-pick-${h.id}`}
                aria-pressed={parent?.id === h.id}
                onClick={() => setParent(h)}
              >
                {h.name} <span className="muted">{h.id}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <p data-testid="add-affiliation-parent">{parent ? `Parent: ${parent.name} (${parent.id})` : "No parent chosen yet."}</p>
      <label>
        Weight (above 0, at most 1)
        <input
          data-testid="add-affiliation-weight"
          type="number"
          min={0.0001}
          max={1}
          step={0.05}
          value={weight}
          onChange={(e) => setWeight(e.target.value)}
        />
      </label>
      <label className="inline">
        <input data-testid="add-affiliation-primary" type="checkbox" checked={primary} onChange={(e) => setPrimary(e.target.checked)} />{" "}
        Primary parent at this level
      </label>
      <label>
        Type
        <select data-testid="add-affiliation-type" value={type} onChange={(e) => setType(e.target.value)}>
          {vocabulary.types.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </select>
      </label>
      <InfluenceSelect testId="add-affiliation-influence" value={influence} onChange={setInfluence} vocabulary={vocabulary} />
      <label>
        Effective from
        <input data-testid="add-affiliation-from" type="date" value={validFrom} onChange={(e) => setValidFrom(e.target.value)} />
      </label>
      <label className="inline">
        <input
          data-testid="add-affiliation-rebalance"
          type="checkbox"
          checked={rebalance}
          onChange={(e) => setRebalance(e.target.checked)}
        />{" "}
        Rebalance the other parents' weights so that all sum to 1
      </label>
      {plan?.problem && (
        <p className="error" role="alert" data-testid="add-affiliation-problem">
          {plan.problem}
        </p>
      )}
      {plan?.operations && parent && <PlanTable current={current} plan={plan} parent={parent} weight={Number(weight)} primary={primary} />}
      <SubmitChange
        api={api}
        operations={plan?.operations ?? null}
        defaultReason={`${child.name} also works with ${parent?.name ?? "another parent"}`}
        onDone={onDone}
        onCancel={onClose}
      />
    </ModalDialog>
  );
}

/** The child's parents at this level after the change, weights and primary flag before and after. */
function PlanTable({
  current,
  plan,
  parent,
  weight,
  primary,
}: {
  current: CurrentParentEdge[];
  plan: ReturnType<typeof planAddition>;
  parent: SearchHit;
  weight: number;
  primary: boolean;
}) {
  const after = new Map(plan.adjustments.map((a) => [a.edgeId, a]));
  const total = current.reduce((s, e) => s + (after.get(e.edgeId)?.weightAfter ?? e.weight), weight);
  return (
    <table className="preview" data-testid="add-affiliation-plan">
      <caption>Weights after the change</caption>
      <ColumnHeads names={["parent", "weight now", "weight after", "primary after"]} />
      <tbody>
        {current.map((e) => {
          const a = after.get(e.edgeId);
          return (
            <tr key={e.edgeId} data-parent={e.parentId}>
              <td>{e.parentId}</td>
              <td>{e.weight}</td>
              <td>{a?.weightAfter ?? e.weight}</td>
              <td>{(a?.primaryAfter ?? e.primary) ? "yes" : ""}</td>
            </tr>
          );
        })}
        <tr data-parent={parent.id}>
          <td>{parent.id} (new)</td>
          <td>—</td>
          <td>{weight}</td>
          <td>{primary ? "yes" : ""}</td>
        </tr>
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">sum</th>
          <td />
          <td data-testid="add-affiliation-sum" className={total > 1 + 1e-9 ? "neg" : undefined}>
            {Math.round(total * 10_000) / 10_000}
          </td>
          <td />
        </tr>
      </tfoot>
    </table>
  );
}
