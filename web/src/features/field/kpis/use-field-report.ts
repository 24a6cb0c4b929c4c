import { useEffect, useState } from "react";
import { FIELD_REPORT } from "../../../api/reporting.ts";
import type { FieldReport, KpiScope } from "../../../api/reporting-types.ts";
import { errorMessage, type Api } from "../../../api/use-api.ts";

export interface ReportRequest {
  scope: KpiScope;
  id: string | null;
  /** [from, to), YYYY-MM-DD. */
  from: string;
  to: string;
}

/** The field report of a scope and period; fetched again when `reload` changes (e.g. after a plan was approved). */
export function useFieldReport(api: Api, request: ReportRequest | null, reload: unknown) {
  const [report, setReport] = useState<FieldReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { scope, id, from, to } = request ?? {};
  // biome-ignore lint/correctness/useExhaustiveDependencies: `reload` is the signal to fetch again.
  useEffect(() => {
    if (!scope || !from || !to) return;
    let cancelled = false;
    api(FIELD_REPORT, { scope, id, from, to })
      .then((d) => {
        if (cancelled) return;
        setReport(d.fieldReport);
        setError(null);
      })
      .catch((err: unknown) => !cancelled && setError(errorMessage(err)));
    return () => {
      cancelled = true;
    };
  }, [api, scope, id, from, to, reload]);
  return { report, error };
}
