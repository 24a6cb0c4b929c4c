import { useState } from "react";
import type { Api } from "../../../api/use-api.ts";
import { localDate, mondayOf } from "../planning/week-dates.ts";
import { CallPlanCard } from "./CallPlanCard.tsx";
import { RepDetail } from "./RepDetail.tsx";
import { useCallPlans } from "./use-call-plans.ts";

/** A manager's home: the call plans of their territories to review, and a drill-down into each rep. */
export function ManagerHomePage({ api }: { api: Api }) {
  const [now] = useState(() => new Date());
  const today = localDate(now);
  const cp = useCallPlans(api, today);
  const [rep, setRep] = useState<string | null>(null);

  return (
    <section className="field-page manager-home" data-testid="manager-home">
      <div className="field-head">
        <h2>My team</h2>
      </div>
      {rep && <RepDetail key={rep} api={api} repId={rep} weekStart={mondayOf(now)} today={today} onClose={() => setRep(null)} />}
      <section aria-labelledby="plans-title">
        <h3 id="plans-title">Call plans</h3>
        <label className="inline-form">
          Cycle
          <select value={cp.cycleId ?? ""} onChange={(e) => cp.setCycleId(e.target.value || null)} data-testid="cycle-choice">
            {cp.cycles.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name} ({c.startDate} to {c.endDate})
              </option>
            ))}
          </select>
        </label>
        {cp.message && (
          <p className={cp.message.error ? "error" : "ok"} role="status" data-testid="plans-message">
            {cp.message.text}
          </p>
        )}
        {cp.cycles.length === 0 && <p className="muted">No cycle yet.</p>}
        {cp.plans?.length === 0 && <p className="muted">No call plan for your territories in this cycle.</p>}
        {cp.plans?.map((p) => (
          <CallPlanCard
            key={p.id}
            api={api}
            plan={p}
            onApprove={(comment) => cp.approve(p, comment)}
            onReject={(reason) => cp.reject(p, reason)}
            onRep={setRep}
          />
        ))}
      </section>
    </section>
  );
}
