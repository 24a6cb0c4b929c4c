import { useEffect, useState } from "react";
import { CALL_PLAN_TARGETS, CALL_PLANS, CYCLES } from "../../../api/planning.ts";
import type { CallPlanTarget, Cycle } from "../../../api/planning-types.ts";
import { errorMessage, type Api } from "../../../api/use-api.ts";

export interface PlanTargets {
  planId: string;
  territoryName: string;
  cycle: Cycle;
  targets: CallPlanTarget[];
}

/** The cycle that holds `today`, else the latest (cycles come latest first). */
export const currentCycle = (cycles: Cycle[], today: string): Cycle | undefined =>
  cycles.find((c) => c.startDate <= today && today <= c.endDate) ?? cycles[0];

/** Targets of the rep's approved call plans, in the cycles that hold `today`, without a completed call yet. */
export function useNotSeenTargets(api: Api, today: string, limit = 50) {
  const [plans, setPlans] = useState<PlanTargets[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let cancelled = false;
    (async () => {
      const cycles = (await api(CYCLES)).cycles.filter((c) => c.startDate <= today && today <= c.endDate);
      const perCycle = await Promise.all(
        cycles.map(async (cycle) => {
          const { callPlans } = await api(CALL_PLANS, { cycleId: cycle.id, status: "APPROVED" });
          return Promise.all(
            callPlans.map(async (p) => {
              const d = await api(CALL_PLAN_TARGETS, { id: p.id, notSeen: true, limit });
              return { planId: p.id, territoryName: p.territoryName, cycle, targets: d.callPlan?.targets ?? [] };
            }),
          );
        }),
      );
      return perCycle.flat();
    })()
      .then((r) => !cancelled && setPlans(r))
      .catch((err: unknown) => !cancelled && setError(errorMessage(err)));
    return () => {
      cancelled = true;
    };
  }, [api, today, limit]);
  return { plans, error };
}
