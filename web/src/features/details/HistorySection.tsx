import { useEffect, useState } from "react";
import { AUDIT_TRAIL, ENTITY_AS_OF } from "../../api/changes.ts";
import type { AuditEntry, EdgeAtDate } from "../../api/types.ts";
import type { Api } from "../../api/use-api.ts";

/** An entity's audit timeline, and its edges as of a date picked by the user. */
export function HistorySection({ api, id }: { api: Api; id: string }) {
  const [trail, setTrail] = useState<AuditEntry[]>([]);
  const [date, setDate] = useState("");
  const [asOf, setAsOf] = useState<EdgeAtDate[] | null>(null);

  useEffect(() => {
    api(AUDIT_TRAIL, { id })
      .then((d) => setTrail(d.auditTrail))
      .catch(() => setTrail([]));
    setAsOf(null);
  }, [api, id]);
  useEffect(() => {
    if (!date) return;
    api(ENTITY_AS_OF, { id, date })
      .then((d) => setAsOf(d.entityAsOf?.edges ?? []))
      .catch(() => setAsOf(null));
  }, [api, id, date]);

  return (
    <section className="analytics" data-testid="history">
      <h3>History</h3>
      <label>
        as of <input type="date" data-testid="history-date" value={date} onChange={(e) => setDate(e.target.value)} />
      </label>
      {asOf && (
        <ul className="timeline" data-testid="history-as-of">
          {asOf.map((e) => (
            <li key={e.id}>
              {e.childId} → {e.parentId} · {e.weight}
              {e.primary ? " · primary" : ""} · {e.validFrom ?? "…"} to {e.validTo ?? "open"}
            </li>
          ))}
        </ul>
      )}
      <ul className="timeline" data-testid="history-trail">
        {trail.map((t) => (
          <li key={t.id}>
            <span className="muted">{t.at.slice(0, 16).replace("T", " ")}</span> {t.action} {t.subject.toLowerCase()} {t.fromId}
            {t.toId ? ` → ${t.toId}` : ""}{" "}
            <span className="muted">
              by {t.actor} ({t.origin.toLowerCase()})
            </span>
          </li>
        ))}
        {trail.length === 0 && <li className="muted">No recorded changes.</li>}
      </ul>
    </section>
  );
}
