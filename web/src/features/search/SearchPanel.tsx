import { useEffect, useState } from "react";
import { SEARCH } from "../../api/queries.ts";
import type { SearchHit } from "../../api/types.ts";
import { errorMessage, type Api } from "../../api/use-api.ts";

const DEBOUNCE_MS = 250;

/** Full-text search over HCPs, accounts, organizations and networks, as the user types. */
export function SearchPanel({ api, onOpen }: { api: Api; onOpen: (hit: SearchHit) => void }) {
  const [text, setText] = useState("");
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [searching, setSearching] = useState(false);

  useEffect(() => {
    if (text.trim().length < 2) {
      setHits([]);
      return;
    }
    let cancelled = false;
    const timer = setTimeout(() => {
      setSearching(true);
      api(SEARCH, { text, limit: 30 })
        .then((d) => {
          if (cancelled) return;
          setHits(d.search);
          setError(null);
        })
        .catch((err: unknown) => !cancelled && setError(errorMessage(err)))
        .finally(() => !cancelled && setSearching(false));
    }, DEBOUNCE_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [text, api]);

  return (
    <section className="search">
      <input
        data-testid="search-input"
        type="search"
        placeholder="Search HCPs, accounts, health systems, NPIs…"
        value={text}
        onChange={(e) => setText(e.target.value)}
        // biome-ignore lint/a11y/noAutofocus: the search field is where every session starts; focusing it saves a click.
        autoFocus
      />
      {error && <p className="error">{error}</p>}
      {searching && <p className="muted">Searching…</p>}
      <ul className="results">
        {hits.map((h) => (
          <li key={h.id}>
            <button type="button" data-testid={`search-result-${h.id}`} onClick={() => onOpen(h)}>
              <span className={`kind kind-${h.kind.toLowerCase()}`}>{h.kind}</span>
              <span className="result-name">{h.name}</span>
              {h.detail && <span className="muted">{h.detail}</span>}
            </button>
          </li>
        ))}
      </ul>
      {!searching && text.trim().length >= 2 && hits.length === 0 && !error && <p className="muted">No matches you may see.</p>}
    </section>
  );
}
