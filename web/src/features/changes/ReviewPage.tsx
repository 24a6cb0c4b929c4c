import { useCallback, useEffect, useState } from "react";
import { APPROVE_CHANGE, CHANGE_REQUESTS, EDIT_CHANGE, REJECT_CHANGE } from "../../api/changes.ts";
import { ChangeKind, ChangeStatus, type ChangeRequest } from "../../api/types.ts";
import { errorMessage, type Api } from "../../api/use-api.ts";
import { PreviewTable } from "./PreviewTable.tsx";

/** Requests shown at once: the API previews at most 20 pending requests in one list. */
const PAGE_SIZE = 20;

/** "" stands for any kind. */
const KINDS = ["", ...Object.values(ChangeKind)];

/** The steward's review queue: filters, each request's operations and impact, approve / reject, one by one or in bulk. */
export function ReviewPage({ api }: { api: Api }) {
  const [kind, setKind] = useState("");
  const [territory, setTerritory] = useState("");
  const [minAgeDays, setMinAgeDays] = useState(0);
  const [requests, setRequests] = useState<ChangeRequest[]>([]);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [reason, setReason] = useState("");
  const [message, setMessage] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      const d = await api(CHANGE_REQUESTS, {
        status: ChangeStatus.PENDING,
        kind: kind || null,
        territory: territory || null,
        minAgeDays: minAgeDays || null,
        limit: PAGE_SIZE,
      });
      setRequests(d.changeRequests);
      setSelected(new Set());
    } catch (err) {
      setMessage(errorMessage(err));
    }
  }, [api, kind, territory, minAgeDays]);
  useEffect(() => void load(), [load]);

  const [editing, setEditing] = useState<string | null>(null);
  const [draft, setDraft] = useState("");
  const saveEdit = async (id: string) => {
    try {
      await api(EDIT_CHANGE, { id, operations: draft });
      setEditing(null);
      setMessage(`${id.slice(0, 8)} edited`);
      await load();
    } catch (err) {
      setMessage(errorMessage(err));
    }
  };

  const decide = async (ids: string[], approve: boolean) => {
    const outcomes: string[] = [];
    for (const id of ids) {
      try {
        if (approve) await api(APPROVE_CHANGE, { id });
        else await api(REJECT_CHANGE, { id, reason: reason || "rejected in review" });
        outcomes.push(`${id.slice(0, 8)} ${approve ? "approved" : "rejected"}`);
      } catch (err) {
        outcomes.push(`${id.slice(0, 8)}: ${errorMessage(err)}`);
      }
    }
    setMessage(outcomes.join("; "));
    await load();
  };

  return (
    <section className="review-page" data-testid="review-page">
      <h2>Review queue</h2>
      <div className="filters">
        <label>
          kind{" "}
          <select data-testid="review-kind" value={kind} onChange={(e) => setKind(e.target.value)}>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {k || "any"}
              </option>
            ))}
          </select>
        </label>
        <label>
          territory{" "}
          <input data-testid="review-territory" value={territory} onChange={(e) => setTerritory(e.target.value)} placeholder="any" />
        </label>
        <label>
          older than{" "}
          <select value={minAgeDays} onChange={(e) => setMinAgeDays(Number(e.target.value))}>
            <option value={0}>any age</option>
            <option value={1}>1 day</option>
            <option value={7}>7 days</option>
          </select>
        </label>
        <input value={reason} onChange={(e) => setReason(e.target.value)} placeholder="reason for rejections" data-testid="review-reason" />
        <button
          type="button"
          data-testid="review-approve-selected"
          disabled={selected.size === 0}
          onClick={() => void decide([...selected], true)}
        >
          Approve selected
        </button>
        <button
          type="button"
          data-testid="review-reject-selected"
          disabled={selected.size === 0}
          onClick={() => void decide([...selected], false)}
        >
          Reject selected
        </button>
      </div>
      {message && <p data-testid="review-message">{message}</p>}
      {requests.length === PAGE_SIZE && (
        <p className="muted" data-testid="review-more">
          The {PAGE_SIZE} newest requests; decide them to see older ones.
        </p>
      )}
      {requests.length === 0 && (
        <p className="muted" data-testid="review-empty">
          Nothing pending.
        </p>
      )}
      {requests.map((r) => (
        <article key={r.id} className="request" data-testid={`request-${r.id}`}>
          <header>
            <input
              type="checkbox"
              checked={selected.has(r.id)}
              onChange={(e) =>
                setSelected((s) => {
                  const n = new Set(s);
                  if (e.target.checked) n.add(r.id);
                  else n.delete(r.id);
                  return n;
                })
              }
            />
            <b>{r.kind}</b> by {r.requesterId} · {new Date(r.createdAt).toLocaleString()} · <i>{r.reason}</i>
            <span className="actions">
              <button type="button" className="primary" data-testid="request-approve" onClick={() => void decide([r.id], true)}>
                Approve
              </button>
              <button type="button" data-testid="request-reject" onClick={() => void decide([r.id], false)}>
                Reject
              </button>
            </span>
          </header>
          {r.requiresAdmin && <p className="warning">Needs an ADMIN: {r.escalation.join("; ")}</p>}
          <table className="preview" data-testid="request-diff">
            <thead>
              <tr>
                <th>operation</th>
                <th>subject</th>
                <th>before</th>
                <th>after</th>
              </tr>
            </thead>
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
          {editing === r.id ? (
            <div>
              <textarea data-testid="request-edit-text" rows={6} cols={90} value={draft} onChange={(e) => setDraft(e.target.value)} />
              <button type="button" data-testid="request-edit-save" onClick={() => void saveEdit(r.id)}>
                Save
              </button>{" "}
              <button type="button" onClick={() => setEditing(null)}>
                Cancel
              </button>
            </div>
          ) : (
            <button
              type="button"
              data-testid="request-edit"
              onClick={() => {
                setEditing(r.id);
                setDraft(JSON.stringify(JSON.parse(r.operations), null, 1));
              }}
            >
              Edit
            </button>
          )}
          {r.preview && <PreviewTable preview={r.preview} />}
        </article>
      ))}
    </section>
  );
}

/** The fields an operation changes, as "key: value" on the before or the after side. */
function changedFields(before: string | null, after: string, side: "before" | "after"): string {
  const b = (before ? JSON.parse(before) : {}) as Record<string, unknown>;
  const a = JSON.parse(after) as Record<string, unknown>;
  const keys = Object.keys(a).filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]));
  if (side === "before" && before === null) return "(new)";
  return keys.map((k) => `${k}: ${String((side === "before" ? b : a)[k] ?? "—")}`).join(", ");
}
