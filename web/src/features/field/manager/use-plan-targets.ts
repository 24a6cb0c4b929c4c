import { useEffect, useState } from "react";
import { CALL_PLAN_TARGETS } from "../../../api/planning.ts";
import type { CallPlanTarget } from "../../../api/planning-types.ts";
import { errorMessage, type Api } from "../../../api/use-api.ts";

/** A plan's active targets (up to 500), reloaded when the plan's version changes. */
export function usePlanTargets(api: Api, planId: string, version: number) {
  const [targets, setTargets] = useState<CallPlanTarget[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new version of the plan may have other targets.
  useEffect(() => {
    let cancelled = false;
    api(CALL_PLAN_TARGETS, { id: planId, limit: 500 })
      .then((d) => !cancelled && setTargets(d.callPlan?.targets ?? []))
      .catch((err: unknown) => !cancelled && setError(errorMessage(err)));
    return () => {
      cancelled = true;
    };
  }, [api, planId, version]);
  return { targets, error };
}
