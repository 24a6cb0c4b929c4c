import { useEffect, useState } from "react";
import { SEARCH } from "../../../api/queries.ts";
import type { SearchHit } from "../../../api/types.ts";
import type { Api } from "../../../api/use-api.ts";

const DEBOUNCE_MS = 250;

/** Search hits of one kind for what the rep typed, while online; offline (or on an error) there are none and typing an id still works. */
export function useSubjectSuggestions(api: Api, kind: "HCP" | "ACCOUNT", text: string): SearchHit[] {
  const [hits, setHits] = useState<SearchHit[]>([]);
  useEffect(() => {
    if (text.trim().length < 2 || !navigator.onLine) {
      setHits([]);
      return;
    }
    let cancelled = false;
    const timer = setTimeout(() => {
      api(SEARCH, { text, limit: 15 })
        .then((d) => !cancelled && setHits(d.search.filter((h) => h.kind === kind)))
        .catch(() => !cancelled && setHits([]));
    }, DEBOUNCE_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [api, kind, text]);
  return hits;
}
