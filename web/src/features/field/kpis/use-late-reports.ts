import { useEffect, useState } from "react";
import type { Activity } from "../../../api/field-types.ts";
import { LATE_REPORTS } from "../../../api/reporting.ts";
import { errorMessage, type Api } from "../../../api/use-api.ts";

/** Activities started in [from, to) that were reported late or lack products or key messages: the caller's own, or `repId`'s. */
export function useLateReports(api: Api, opts: { repId?: string; from: string; to: string }, reload: unknown) {
  const [late, setLate] = useState<Activity[]>([]);
  const [error, setError] = useState<string | null>(null);
  const { repId, from, to } = opts;
  // biome-ignore lint/correctness/useExhaustiveDependencies: `reload` is the signal to fetch again.
  useEffect(() => {
    if (!navigator.onLine) return;
    let cancelled = false;
    api(LATE_REPORTS, { repId, from, to, limit: 50 })
      .then((d) => {
        if (cancelled) return;
        setLate(d.lateReports);
        setError(null);
      })
      .catch((err: unknown) => !cancelled && setError(errorMessage(err)));
    return () => {
      cancelled = true;
    };
  }, [api, repId, from, to, reload]);
  return { late, error };
}
