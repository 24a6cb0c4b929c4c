import { useState } from "react";
import type { CallPlan } from "../../../api/planning-types.ts";

interface Props {
  plan: CallPlan;
  onApprove: (comment: string) => Promise<void>;
  onReject: (reason: string) => Promise<void>;
}

/** Approve a DRAFT plan (optional comment) or reject it (a reason is required). */
export function PlanReview({ plan, onApprove, onReject }: Props) {
  const [text, setText] = useState("");
  const [busy, setBusy] = useState(false);
  const act = (call: () => Promise<void>) => {
    setBusy(true);
    void call().finally(() => setBusy(false));
  };
  return (
    <div className="plan-review">
      <label className="review-field">
        Comment or reason
        <input value={text} onChange={(e) => setText(e.target.value)} data-testid="plan-comment" />
      </label>
      <button
        type="button"
        className="primary"
        disabled={busy}
        onClick={() => act(() => onApprove(text.trim()))}
        data-testid="plan-approve"
      >
        Approve
      </button>
      <button
        type="button"
        disabled={busy || text.trim() === ""}
        title={text.trim() === "" ? "A rejection needs a reason" : undefined}
        onClick={() => act(() => onReject(text.trim()))}
        data-testid="plan-reject"
      >
        Reject
      </button>
      <span className="muted">version {plan.version}</span>
    </div>
  );
}
