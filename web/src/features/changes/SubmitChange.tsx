import { useState } from "react";
import { APPLY_CHANGE, PROPOSE_CHANGE } from "../../api/changes.ts";
import { loadSession } from "../../api/session.ts";
import { errorMessage, type Api } from "../../api/use-api.ts";
import { changeProblems, type ChangeProblem } from "./change-errors.ts";

/** Roles the API lets apply a change set at once (applyChange); everyone else proposes it for review. */
const DIRECT_APPLIERS = ["STEWARD", "ADMIN"];

/**
 * The end of a change dialog: a reason, *Propose* (to the review queue), for stewards and admins
 * *Apply now*, and *Cancel*; the server's refusal is shown with the field path of each problem.
 */
export function SubmitChange({
  api,
  operations,
  defaultReason,
  onDone,
  onCancel,
}: {
  api: Api;
  /** The change set; null while the form cannot make one. */
  operations: Record<string, unknown>[] | null;
  defaultReason: string;
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const [reason, setReason] = useState("");
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<ChangeProblem[]>([]);
  const [error, setError] = useState<string | null>(null);
  const mayApply = DIRECT_APPLIERS.includes(loadSession()?.user.role ?? "");

  const submit = async (direct: boolean) => {
    if (!operations) return;
    setBusy(true);
    setProblems([]);
    setError(null);
    const variables = { operations: JSON.stringify(operations), reason: reason.trim() || defaultReason };
    try {
      if (direct) {
        await api(APPLY_CHANGE, variables);
        onDone("Applied.");
      } else {
        const d = await api(PROPOSE_CHANGE, variables);
        onDone(`Proposed: request ${d.proposeChange.id.slice(0, 8)} is ${d.proposeChange.status}.`);
      }
    } catch (err) {
      const found = changeProblems(err, operations);
      if (found) setProblems(found);
      else setError(errorMessage(err));
      setBusy(false);
    }
  };

  return (
    <>
      <label>
        Reason
        <input data-testid="change-reason" value={reason} placeholder={defaultReason} onChange={(e) => setReason(e.target.value)} />
      </label>
      {problems.length > 0 && (
        <div className="error" role="alert" data-testid="change-problems">
          The server refused the change:
          <ul>
            {problems.map((p) => (
              <li key={`${p.path}|${p.message}`}>
                <code>{p.path}</code>: {p.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      {error && (
        <p className="error" role="alert" data-testid="change-error">
          {error}
        </p>
      )}
      <div className="actions">
        <button
          type="button"
          className="primary"
          data-testid="change-propose"
          disabled={!operations || busy}
          onClick={() => void submit(false)}
        >
          Propose for review
        </button>
        {mayApply && (
          <button type="button" data-testid="change-apply" disabled={!operations || busy} onClick={() => void submit(true)}>
            Apply now
          </button>
        )}
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </>
  );
}
