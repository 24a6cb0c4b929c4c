import { useMemo, useState } from "react";
import type { Api } from "../../../api/use-api.ts";
import { formatHashRoute, navigate } from "../../../app/hash-route.ts";
import { useHashRoute } from "../../../app/use-hash-route.ts";
import { scopeOptions } from "../kpis/scope-options.ts";
import { TeamKpis } from "../kpis/TeamKpis.tsx";
import { addDays, localDate, mondayOf } from "../planning/week-dates.ts";
import { CallPlanCard } from "./CallPlanCard.tsx";
import { RepDetail } from "./RepDetail.tsx";
import { useCallPlans } from "./use-call-plans.ts";

/** A manager's home: the team's KPIs with weekly trends and a row per rep, a drill-down into each rep (linkable), and the call plans to review. */
export function ManagerHomePage({ api, territories }: { api: Api; territories: string[] }) {
  const [now] = useState(() => new Date());
  const today = localDate(now);
  const cp = useCallPlans(api, today);
  // The rep drilled into is part of the link (`#team/<repId>?name=`): the back button closes it.
  const route = useHashRoute();
  const rep = route.page === "team" && route.path[0] ? { id: route.path[0], name: route.params.get("name") ?? route.path[0] } : null;
  const setRep = (r: { id: string; name: string } | null) =>
    navigate(r ? formatHashRoute("team", [r.id], { name: r.name === r.id ? null : r.name }) : formatHashRoute("team"));
  const cycle = cp.cycles.find((c) => c.id === cp.cycleId);
  const period = cycle
    ? { from: cycle.startDate, to: addDays(cycle.endDate, 1) }
    : { from: addDays(mondayOf(now), -7 * 8), to: addDays(today, 1) };
  const scopes = useMemo(() => scopeOptions(territories, cp.plans ?? []), [territories, cp.plans]);
  // Approving or rejecting a plan changes the targets the KPIs count.
  const planStates = (cp.plans ?? []).map((p) => `${p.id}@${p.version}`).join(",");

  return (
    <section className="field-page manager-home" data-testid="manager-home">
      <div className="field-head">
        <h2>My team</h2>
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
      </div>
      {rep && (
        <RepDetail
          key={rep.id}
          api={api}
          repId={rep.id}
          name={rep.name}
          period={period}
          weekStart={mondayOf(now)}
          today={today}
          onClose={() => setRep(null)}
        />
      )}
      <section aria-labelledby="kpis-title">
        <h3 id="kpis-title">Team KPIs</h3>
        <TeamKpis
          key={`${period.from}|${period.to}`}
          api={api}
          scopes={scopes}
          period={period}
          reload={planStates}
          onRep={(id, name) => setRep({ id, name })}
        />
      </section>
      <section aria-labelledby="plans-title">
        <h3 id="plans-title">Call plans</h3>
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
            onRep={(id) => setRep({ id, name: id })}
          />
        ))}
      </section>
    </section>
  );
}
