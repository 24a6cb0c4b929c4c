import { useEffect, useState } from "react";
import type { Document, VariablesArg } from "./client.ts";
import { errorMessage, type Api } from "./use-api.ts";

export interface QueryResult<R> {
  data: R | null;
  error: string | null;
  loading: boolean;
}

/**
 * The answer to one query, asked again when its variables change (compared by value); `null`
 * variables: nothing to ask yet. An answer is only returned for the variables it was asked with,
 * so a figure is never shown under a filter it does not belong to.
 */
export function useQuery<R, V>(api: Api, document: Document<R, V>, variables: V | null): QueryResult<R> {
  const key = variables === null ? null : JSON.stringify(variables);
  const [answer, setAnswer] = useState<{ key: string; data: R | null; error: string | null } | null>(null);
  useEffect(() => {
    if (key === null) return;
    let cancelled = false;
    api(document, ...([JSON.parse(key)] as VariablesArg<V>))
      .then((data) => !cancelled && setAnswer({ key, data, error: null }))
      .catch((err: unknown) => !cancelled && setAnswer({ key, data: null, error: errorMessage(err) }));
    return () => {
      cancelled = true;
    };
  }, [api, document, key]);
  const current = answer !== null && answer.key === key;
  return { data: current ? answer.data : null, error: current ? answer.error : null, loading: key !== null && !current };
}
