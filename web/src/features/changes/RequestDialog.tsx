import { useCallback, useEffect, useState } from "react";
import {
  APPROVE_CHANGE,
  CHANGE_REQUEST,
  CHANGE_REQUEST_PREVIEW,
  COMMENT_ON_CHANGE,
  EDIT_CHANGE,
  REJECT_CHANGE,
} from "../../api/changes.ts";
import { errorMessage, type Api } from "../../api/use-api.ts";
import { QueryState } from "../../app/QueryState.tsx";
import { useQuery } from "../../api/use-query.ts";
import { DecisionDialog, type Decision } from "./DecisionDialog.tsx";
import { ModalDialog } from "./ModalDialog.tsx";
import { PreviewTable } from "./PreviewTable.tsx";
import { changedFields } from "./review-format.ts";
import type { RequestDetail } from "./review-types.ts";
import { ColumnHeads } from "../../app/ColumnHeads.tsx";

/**
 * One change request under review: its operations (before and after), the impact preview, why
 * it was escalated, the comments in order with a form to add one, editing its operations, and
 * approve or reject. `onChanged` tells the queue to read again.
 */
export function RequestDialog({
  api,
  id,
  onClose,
  onChanged,
  onFocusLost,
}: {
  api: Api;
  id: string;
  onClose: () => void;
  onChanged: () => void;
  onFocusLost: () => void;
}) {
  const [request, setRequest] = useState<RequestDetail | null | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [decision, setDecision] = useState<Decision | null>(null);

  const load = useCallback(async () => {
    try {
      setRequest((await api(CHANGE_REQUEST, { id })).changeRequest);
      setError(null);
    } catch (err) {
      setError(errorMessage(err));
    }
  }, [api, id]);
  useEffect(() => void load(), [load]);

  const decide = async (d: Decision, text: string) => {
    let outcome: string;
    try {
      if (d === "approve") {
        if (text) await api(COMMENT_ON_CHANGE, { id, text });
        await api(APPROVE_CHANGE, { id });
      } else await api(REJECT_CHANGE, { id, reason: text });
      outcome = d === "approve" ? "Approved and applied." : "Rejected.";
    } catch (err) {
      outcome = errorMessage(err);
    }
    setDecision(null);
    onChanged();
    await load(); // the status shown and the message agree when the message appears
    setMessage(outcome);
  };

  const title = request ? `${request.kind} request ${request.id.slice(0, 8)}` : `Request ${id.slice(0, 8)}`;
  return (
    <ModalDialog title={title} testId="request-dialog" onClose={onClose} onFocusLost={onFocusLost}>
      {request === undefined && !error && (
        <p className="muted" role="status">
          Loading the request…
        </p>
      )}
      {error && (
        <p className="error" role="alert">
          Could not load the request: {error}
        </p>
      )}
      {request === null && <p data-testid="request-missing">No such request, or it is not yours to see.</p>}
      {message && (
        <p role="status" data-testid="request-message">
          {message}
        </p>
      )}
      {request && <RequestBody api={api} request={request} onChanged={load} onMessage={setMessage} />}
      <div className="actions">
        {request?.status === "PENDING" && (
          <>
            <button type="button" className="primary" data-testid="request-approve" onClick={() => setDecision("approve")}>
              Approve…
            </button>
            <button type="button" data-testid="request-reject" onClick={() => setDecision("reject")}>
              Reject…
            </button>
          </>
        )}
        <button type="button" data-testid="request-close" onClick={onClose}>
          Close
        </button>
      </div>
      {decision && (
        <DecisionDialog
          decision={decision}
          what={`request ${id.slice(0, 8)}`}
          onDecide={(text) => decide(decision, text)}
          onClose={() => setDecision(null)}
        />
      )}
    </ModalDialog>
  );
}

function RequestBody({
  api,
  request: r,
  onChanged,
  onMessage,
}: {
  api: Api;
  request: RequestDetail;
  onChanged: () => Promise<void>;
  onMessage: (m: string) => void;
}) {
  const [comment, setComment] = useState("");
  const [draft, setDraft] = useState<string | null>(null);
  const addComment = async (e: React.FormEvent) => {
    e.preventDefault();
    try {
      await api(COMMENT_ON_CHANGE, { id: r.id, text: comment });
      setComment("");
      onMessage("Comment added.");
      await onChanged();
    } catch (err) {
      onMessage(errorMessage(err));
    }
  };
  const saveEdit = async () => {
    try {
      await api(EDIT_CHANGE, { id: r.id, operations: draft ?? "" });
      setDraft(null);
      onMessage("Operations edited; the review rules were applied again.");
      await onChanged();
    } catch (err) {
      onMessage(errorMessage(err));
    }
  };
  return (
    <>
      <p>
        <b data-testid="request-status">{r.status}</b> · by {r.requesterId} · {new Date(r.createdAt).toLocaleString()}
        <br />
        Reason: <i>{r.reason}</i>
        {r.decidedBy && (
          <>
            <br />
            Decided by {r.decidedBy}
            {r.decidedAt && ` on ${new Date(r.decidedAt).toLocaleString()}`}
            {r.decisionReason && `: ${r.decisionReason}`}
          </>
        )}
      </p>
      {r.requiresAdmin && (
        <div className="escalation" data-testid="request-escalation">
          <strong>Escalated: only an ADMIN may approve it, because it</strong>
          <ul>
            {r.escalation.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        </div>
      )}
      <h4>Operations</h4>
      <table className="preview" data-testid="request-diff">
        <ColumnHeads names={["operation", "subject", "before", "after"]} />
        <tbody>
          {r.diff.map((d, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a request's operations have no id; their position is their identity.
            <tr key={i}>
              <td>{d.op}</td>
              <td>{d.subject}</td>
              <td>{changedFields(d.before, d.after, "before")}</td>
              <td>{changedFields(d.before, d.after, "after")}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {(r.status === "PENDING" || r.status === "CONFLICT") &&
        (draft === null ? (
          <button type="button" data-testid="request-edit" onClick={() => setDraft(JSON.stringify(JSON.parse(r.operations), null, 1))}>
            Edit operations
          </button>
        ) : (
          <div>
            <label>
              Operations (JSON)
              <textarea data-testid="request-edit-text" rows={6} value={draft} onChange={(e) => setDraft(e.target.value)} />
            </label>
            <button type="button" data-testid="request-edit-save" onClick={() => void saveEdit()}>
              Save operations
            </button>{" "}
            <button type="button" onClick={() => setDraft(null)}>
              Cancel editing
            </button>
          </div>
        ))}
      <h4>Impact</h4>
      {r.status === "PENDING" ? (
        <RequestImpact key={r.operations} api={api} id={r.id} />
      ) : (
        <p className="muted">Computed for pending requests only.</p>
      )}
      <h4>Comments</h4>
      {r.comments.length === 0 ? (
        <p className="muted" data-testid="request-no-comments">
          No comments yet.
        </p>
      ) : (
        <ol className="comments" data-testid="request-comments">
          {r.comments.map((c, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: comments are append-only; their position is their identity.
            <li key={i}>
              <b>{c.by}</b> <time dateTime={c.at}>{new Date(c.at).toLocaleString()}</time>
              <br />
              {c.text}
            </li>
          ))}
        </ol>
      )}
      <form onSubmit={(e) => void addComment(e)}>
        <label>
          Add a comment
          <textarea data-testid="request-comment-text" rows={2} value={comment} onChange={(e) => setComment(e.target.value)} />
        </label>
        <button type="submit" data-testid="request-comment-add" disabled={comment.trim() === ""}>
          Add comment
        </button>
      </form>
    </>
  );
}

/** The impact preview of a pending request; when its operations no longer apply, the server's reason instead. */
function RequestImpact({ api, id }: { api: Api; id: string }) {
  const result = useQuery(api, CHANGE_REQUEST_PREVIEW, { id });
  const preview = result.data?.changeRequest?.preview;
  return (
    <div data-testid="request-impact">
      <QueryState result={result} what="the impact" />
      {preview && <PreviewTable preview={preview} />}
    </div>
  );
}
