import { useCallback, useEffect, useState } from "react";
import { PLAN_WEEK, REORDER_DAY, WEEK_PLAN } from "../../../api/planning.ts";
import type { WeekPlan } from "../../../api/planning-types.ts";
import { errorMessage, type Api } from "../../../api/use-api.ts";

/** A rep's stored week plan (their own, or `repId`'s for a manager), planning it, and reordering a day at the version read. */
export function useWeekPlan(api: Api, weekStart: string, repId?: string) {
  const [plan, setPlan] = useState<WeekPlan | null>(null);
  const [loaded, setLoaded] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    setLoaded(false);
    api(WEEK_PLAN, { weekStart, repId })
      .then((d) => {
        if (cancelled) return;
        setPlan(d.weekPlan ?? null);
        setLoaded(true);
        setError(null);
      })
      .catch((err: unknown) => !cancelled && setError(errorMessage(err)));
    return () => {
      cancelled = true;
    };
  }, [api, weekStart, repId]);

  const run = useCallback(async (call: () => Promise<WeekPlan>) => {
    setBusy(true);
    setError(null);
    try {
      setPlan(await call());
      setLoaded(true);
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }, []);

  const planWeek = useCallback(() => run(() => api(PLAN_WEEK, { weekStart, repId }).then((d) => d.planWeek)), [api, run, weekStart, repId]);

  const reorder = useCallback(
    (date: string, order: string[]) => {
      if (!plan) return Promise.resolve();
      return run(() => api(REORDER_DAY, { weekStart, date, order, expectedVersion: plan.version }).then((d) => d.reorderDay));
    },
    [api, run, plan, weekStart],
  );

  return { plan, loaded, busy, error, planWeek, reorder };
}
