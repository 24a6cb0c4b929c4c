import { METRIC_PERIODS } from "./queries.ts";
import type { Api } from "./use-api.ts";
import { useQuery } from "./use-query.ts";

/** The periods that hold metric values, as the API lists them; null until it answers (an error counts as none). */
export function useMetricPeriods(api: Api): string[] | null {
  const { data, error } = useQuery(api, METRIC_PERIODS, {});
  return data?.metricPeriods ?? (error ? [] : null);
}
