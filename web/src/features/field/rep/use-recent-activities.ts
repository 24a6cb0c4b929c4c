import { useEffect, useState } from "react";
import { ACTIVITIES } from "../../../api/field.ts";
import type { Activity } from "../../../api/field-types.ts";
import { errorMessage, type Api } from "../../../api/use-api.ts";

/** Activities newest first (the caller's own for a REP, a rep's for a manager); reloaded when `reload` changes. */
export function useRecentActivities(api: Api, opts: { repId?: string; from?: string; limit?: number }, reload: unknown) {
  const [activities, setActivities] = useState<Activity[]>([]);
  const [error, setError] = useState<string | null>(null);
  const { repId, from, limit = 20 } = opts;
  // biome-ignore lint/correctness/useExhaustiveDependencies: `reload` is the signal to fetch again.
  useEffect(() => {
    if (!navigator.onLine) return;
    let cancelled = false;
    api(ACTIVITIES, { repId, from, limit })
      .then((d) => {
        if (cancelled) return;
        setActivities(d.activities);
        setError(null);
      })
      .catch((err: unknown) => !cancelled && setError(errorMessage(err)));
    return () => {
      cancelled = true;
    };
  }, [api, repId, from, limit, reload]);
  return { activities, error };
}
