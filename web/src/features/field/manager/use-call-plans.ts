import { useCallback, useEffect, useState } from "react";
import { APPROVE_CALL_PLAN, CALL_PLANS, CYCLES, REJECT_CALL_PLAN } from "../../../api/planning.ts";
import type { CallPlan, Cycle } from "../../../api/planning-types.ts";
import { errorMessage, type Api } from "../../../api/use-api.ts";
import { currentCycle } from "../targets/use-not-seen-targets.ts";

/** The cycles, the call plans of the chosen one (those of the manager's territories), and their review at the version read. */
export function useCallPlans(api: Api, today: string) {
  const [cycles, setCycles] = useState<Cycle[]>([]);
  const [cycleId, setCycleId] = useState<string | null>(null);
  const [plans, setPlans] = useState<CallPlan[] | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  useEffect(() => {
    let cancelled = false;
    api(CYCLES)
      .then((d) => {
        if (cancelled) return;
        setCycles(d.cycles);
        setCycleId(currentCycle(d.cycles, today)?.id ?? null);
      })
      .catch((err: unknown) => !cancelled && setMessage({ text: errorMessage(err), error: true }));
    return () => {
      cancelled = true;
    };
  }, [api, today]);

  useEffect(() => {
    if (!cycleId) return;
    let cancelled = false;
    setPlans(null);
    api(CALL_PLANS, { cycleId })
      .then((d) => !cancelled && setPlans(d.callPlans))
      .catch((err: unknown) => !cancelled && setMessage({ text: errorMessage(err), error: true }));
    return () => {
      cancelled = true;
    };
  }, [api, cycleId]);

  const review = useCallback(async (call: () => Promise<CallPlan>, done: string) => {
    try {
      const plan = await call();
      setPlans((ps) => ps?.map((p) => (p.id === plan.id ? plan : p)) ?? null);
      setMessage({ text: `${plan.territoryName}: ${done}.`, error: false });
    } catch (err) {
      setMessage({ text: errorMessage(err), error: true });
    }
  }, []);

  const approve = useCallback(
    (plan: CallPlan, comment: string) =>
      review(
        () =>
          api(APPROVE_CALL_PLAN, { id: plan.id, expectedVersion: plan.version, comment: comment || null }).then((d) => d.approveCallPlan),
        "approved",
      ),
    [api, review],
  );
  const reject = useCallback(
    (plan: CallPlan, reason: string) =>
      review(() => api(REJECT_CALL_PLAN, { id: plan.id, expectedVersion: plan.version, reason }).then((d) => d.rejectCallPlan), "rejected"),
    [api, review],
  );

  return { cycles, cycleId, setCycleId, plans, message, approve, reject };
}
