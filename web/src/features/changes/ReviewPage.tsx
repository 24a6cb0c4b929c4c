import { useEffect, useState } from "react";
import { APPROVE_CHANGE, CHANGE_REQUESTS, COMMENT_ON_CHANGE, REJECT_CHANGE } from "../../api/changes.ts";
import { ChangeKind, ChangeStatus } from "../../api/types.ts";
import { errorMessage, type Api } from "../../api/use-api.ts";
import { formatHashRoute, navigate, replaceRoute } from "../../app/hash-route.ts";
import { useHashRoute } from "../../app/use-hash-route.ts";
import { DecisionDialog, type Decision } from "./DecisionDialog.tsx";
import { RequestDialog } from "./RequestDialog.tsx";
import { ReviewQueue } from "./ReviewQueue.tsx";
import { ReviewSummaryPanel } from "./ReviewSummaryPanel.tsx";
import { filtersFromParams, paramsOfFilters, type ReviewFilters } from "./review-filters.ts";
import type { QueueRow } from "./review-types.ts";

const PAGE_SIZE = 100;
const ALLOWED = { statuses: Object.values(ChangeStatus), kinds: Object.values(ChangeKind) };

/**
 * The steward's review page (`#review?status=…&kind=…&territory=…&minAge=…`): the queue in
 * numbers, the filtered queue, and one request opened over it (`#review/<requestId>`, a deep
 * link). Opening a request is a history entry, so the back button closes it again.
 */
export function ReviewPage({ api }: { api: Api }) {
  const route = useHashRoute();
  const filters = filtersFromParams(route.params, ALLOWED);
  const filtersKey = JSON.stringify(filters);
  const openId = route.page === "review" ? (route.path[0] ?? null) : null;
  const queueHash = formatHashRoute("review", [], paramsOfFilters(filters));
  const setFilters = (f: ReviewFilters) => {
    replaceRoute(formatHashRoute("review", openId ? [openId] : [], paramsOfFilters(f)));
  };

  const [rows, setRows] = useState<QueueRow[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [bulk, setBulk] = useState<Decision | null>(null);
  const [reloads, setReloads] = useState(0);
  const [openedFromQueue, setOpenedFromQueue] = useState(false);

  // biome-ignore lint/correctness/useExhaustiveDependencies: the filters are compared by value (filtersKey); `reloads` asks again after a decision.
  useEffect(() => {
    let cancelled = false; // an answer to filters typed over since is dropped, so answers never arrive out of order
    api(CHANGE_REQUESTS, {
      status: (filters.status || null) as ChangeStatus | null,
      kind: filters.kind || null,
      territory: filters.territory.trim() || null,
      minAgeDays: filters.minAgeDays || null,
      limit: PAGE_SIZE,
    })
      .then((d) => {
        if (cancelled) return;
        setRows(d.changeRequests);
        setError(null);
        setSelected((s) => new Set([...s].filter((id) => d.changeRequests.some((r) => r.id === id))));
      })
      .catch((err: unknown) => !cancelled && setError(errorMessage(err)));
    return () => {
      cancelled = true;
    };
  }, [api, filtersKey, reloads]);
  const changed = () => setReloads((n) => n + 1);

  const open = (id: string) => {
    setOpenedFromQueue(true);
    navigate(formatHashRoute("review", [id], paramsOfFilters(filters)));
  };
  const close = () => {
    // Back to the queue entry the request was opened from, so the back button does not reopen it.
    if (openedFromQueue) window.history.back();
    else navigate(queueHash);
    setOpenedFromQueue(false);
  };

  /** The queue's tab stop gets the focus when the row a dialog was opened from is gone (decided). */
  const focusQueue = () => document.querySelector<HTMLElement>('[data-testid="review-queue"] tbody tr[tabindex="0"]')?.focus();

  const decideAll = async (d: Decision, text: string) => {
    const outcomes: string[] = [];
    for (const id of selected) {
      try {
        if (d === "approve") {
          if (text) await api(COMMENT_ON_CHANGE, { id, text });
          await api(APPROVE_CHANGE, { id });
        } else await api(REJECT_CHANGE, { id, reason: text });
        outcomes.push(`${id.slice(0, 8)} ${d === "approve" ? "approved" : "rejected"}`);
      } catch (err) {
        outcomes.push(`${id.slice(0, 8)}: ${errorMessage(err)}`);
      }
    }
    setMessage(outcomes.join("; "));
    setBulk(null);
    changed();
  };

  return (
    <section className="review-page" data-testid="review-page">
      <h2>Review</h2>
      <ReviewSummaryPanel key={reloads} api={api} />
      <h3>Queue</h3>
      <div className="filters">
        <label>
          status{" "}
          <select data-testid="review-status" value={filters.status} onChange={(e) => setFilters({ ...filters, status: e.target.value })}>
            <option value="">any</option>
            {ALLOWED.statuses.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
        <label>
          kind{" "}
          <select data-testid="review-kind" value={filters.kind} onChange={(e) => setFilters({ ...filters, kind: e.target.value })}>
            <option value="">any</option>
            {ALLOWED.kinds.map((k) => (
              <option key={k} value={k}>
                {k}
              </option>
            ))}
          </select>
        </label>
        <label>
          requester territory{" "}
          <input
            data-testid="review-territory"
            value={filters.territory}
            onChange={(e) => setFilters({ ...filters, territory: e.target.value })}
            placeholder="any"
          />
        </label>
        <label>
          older than{" "}
          <select
            data-testid="review-min-age"
            value={filters.minAgeDays}
            onChange={(e) => setFilters({ ...filters, minAgeDays: Number(e.target.value) })}
          >
            <option value={0}>any age</option>
            <option value={1}>1 day</option>
            <option value={7}>7 days</option>
            <option value={30}>30 days</option>
          </select>
        </label>
        <button type="button" data-testid="review-approve-selected" disabled={selected.size === 0} onClick={() => setBulk("approve")}>
          Approve selected ({selected.size})
        </button>
        <button type="button" data-testid="review-reject-selected" disabled={selected.size === 0} onClick={() => setBulk("reject")}>
          Reject selected
        </button>
      </div>
      {message && (
        <p role="status" data-testid="review-message">
          {message}
        </p>
      )}
      {error && (
        <p className="error" role="alert">
          Could not load the queue: {error}
        </p>
      )}
      {rows === null && !error && (
        <p className="muted" role="status">
          Loading the queue…
        </p>
      )}
      {rows?.length === 0 && (
        <p className="muted" data-testid="review-empty">
          No requests match these filters.
        </p>
      )}
      {rows && rows.length > 0 && (
        <ReviewQueue
          rows={rows}
          selected={selected}
          onOpen={open}
          onToggle={(id, on) =>
            setSelected((s) => {
              const n = new Set(s);
              if (on) n.add(id);
              else n.delete(id);
              return n;
            })
          }
        />
      )}
      {rows?.length === PAGE_SIZE && (
        <p className="muted" data-testid="review-more">
          The {PAGE_SIZE} newest requests; narrow the filters to see older ones.
        </p>
      )}
      {openId && <RequestDialog key={openId} api={api} id={openId} onClose={close} onChanged={changed} onFocusLost={focusQueue} />}
      {bulk && (
        <DecisionDialog
          decision={bulk}
          what={`${selected.size} request${selected.size === 1 ? "" : "s"}`}
          onDecide={(text) => decideAll(bulk, text)}
          onClose={() => setBulk(null)}
        />
      )}
    </section>
  );
}
