import { useState } from "react";
import type { CallPlan } from "../../../api/planning-types.ts";
import type { Api } from "../../../api/use-api.ts";
import { PlanReview } from "./PlanReview.tsx";
import { PlanTargets } from "./PlanTargets.tsx";

interface Props {
  api: Api;
  plan: CallPlan;
  onApprove: (comment: string) => Promise<void>;
  onReject: (reason: string) => Promise<void>;
  onRep: (repId: string) => void;
}

/** One territory's call plan: status and numbers, its reps, review while DRAFT, and its targets on demand. */
export function CallPlanCard({ api, plan, onApprove, onReject, onRep }: Props) {
  const [showTargets, setShowTargets] = useState(false);
  return (
    <article className="request call-plan" aria-label={`Call plan of ${plan.territoryName}`} data-testid={`plan-${plan.id}`}>
      <header>
        <strong>{plan.territoryName}</strong>
        <span className={`status status-${plan.status.toLowerCase()}`} data-testid="plan-status">
          {plan.status}
        </span>
        <span className="muted">
          {plan.targetCount} targets · {plan.plannedCalls} calls planned of {plan.capacity} capacity · {plan.callsPerDay}/day
          {plan.model && ` · ${plan.model} v${plan.modelVersion}`}
          {plan.droppedCount > 0 && ` · ${plan.droppedCount} left out`}
        </span>
      </header>
      <p className="muted">
        Frequencies: {plan.frequencies.map((f) => `${f.segment} ${f.callsPerCycle}`).join(", ") || "none"} · Reps:{" "}
        {plan.reps.map((r) => (
          <button type="button" className="link" key={r} onClick={() => onRep(r)} data-testid={`plan-rep-${r}`}>
            {r}
          </button>
        ))}
      </p>
      {plan.reviewedBy && (
        <p className="muted">
          {plan.status === "REJECTED" ? "Rejected" : "Reviewed"} by {plan.reviewedBy}
          {plan.reviewComment && `: “${plan.reviewComment}”`}
        </p>
      )}
      {plan.pendingChanges.length > 0 && (
        <p className="warning">{plan.pendingChanges.length} target change(s) proposed by reps wait for a decision.</p>
      )}
      {plan.status === "DRAFT" && <PlanReview plan={plan} onApprove={onApprove} onReject={onReject} />}
      <button type="button" aria-expanded={showTargets} onClick={() => setShowTargets((s) => !s)} data-testid="plan-targets-toggle">
        {showTargets ? "Hide targets" : "Show targets"}
      </button>
      {showTargets && <PlanTargets api={api} planId={plan.id} version={plan.version} />}
    </article>
  );
}
