import { useRef, useState } from "react";
import { ageOf } from "./review-format.ts";
import type { QueueRow } from "./review-types.ts";
import { nextRowIndex } from "./row-navigation.ts";
import { ColumnHeads } from "../../app/ColumnHeads.tsx";

/**
 * The queue as a table whose rows are focusable: Tab reaches the current row, the arrow keys
 * (Home, End, Page Up/Down) move between rows, Enter opens one, Space selects it (as its checkbox
 * does) for a decision in bulk.
 */
export function ReviewQueue({
  rows,
  selected,
  onToggle,
  onOpen,
}: {
  rows: QueueRow[];
  selected: ReadonlySet<string>;
  onToggle: (id: string, on: boolean) => void;
  onOpen: (id: string) => void;
}) {
  const [active, setActive] = useState(0);
  const body = useRef<HTMLTableSectionElement>(null);
  const current = Math.min(active, rows.length - 1);
  const now = new Date();

  const onKeyDown = (e: React.KeyboardEvent<HTMLTableRowElement>, index: number, id: string) => {
    if (e.target !== e.currentTarget) return; // keys typed in the row's checkbox stay with it
    if (e.key === "Enter") {
      e.preventDefault();
      return onOpen(id);
    }
    if (e.key === " ") {
      e.preventDefault();
      return onToggle(id, !selected.has(id));
    }
    const next = nextRowIndex(index, e.key, rows.length);
    if (next === null) return;
    e.preventDefault();
    setActive(next);
    body.current?.querySelectorAll<HTMLElement>("tr")[next]?.focus();
  };

  return (
    <table className="queue" data-testid="review-queue">
      <caption className="muted">Arrow keys move between requests, Enter opens one, Space selects it.</caption>
      <ColumnHeads names={[{ hidden: "select" }, "kind", "status", "requester", "age", "reason", "comments"]} />
      <tbody ref={body}>
        {rows.map((r, i) => (
          <tr
            key={r.id}
            tabIndex={i === current ? 0 : -1}
            data-testid={`queue-row-${r.id}`}
            data-request-id={r.id}
            aria-label={`${r.kind} by ${r.requesterId}: ${r.reason}`}
            onFocus={() => setActive(i)}
            onKeyDown={(e) => onKeyDown(e, i, r.id)}
            onClick={(e) => (e.target as HTMLElement).tagName !== "INPUT" && onOpen(r.id)}
          >
            <td>
              <input
                type="checkbox"
                tabIndex={-1}
                aria-label={`select request ${r.id.slice(0, 8)}`}
                checked={selected.has(r.id)}
                onChange={(e) => onToggle(r.id, e.target.checked)}
              />
            </td>
            <td>
              {r.kind} {r.requiresAdmin && <span className="badge">escalated</span>}
            </td>
            <td>{r.status}</td>
            <td>{r.requesterId}</td>
            <td>
              <time dateTime={r.createdAt}>{ageOf(r.createdAt, now)}</time>
            </td>
            <td>{r.reason}</td>
            <td>{r.comments.length}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
