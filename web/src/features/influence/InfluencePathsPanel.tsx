import { type FormEvent, useEffect, useId, useState } from "react";
import { INFLUENCE_PATHS } from "../../api/influence.ts";
import { errorMessage, type Api } from "../../api/use-api.ts";
import { useSubjectSuggestions } from "../field/entry/use-subject-suggestions.ts";
import type { InfluencePathView } from "./influence-path-view.ts";
import type { InfluenceView } from "./use-influence-view.ts";

type Loaded =
  | { state: "idle" }
  | { state: "loading" }
  | { state: "error"; message: string }
  | { state: "done"; toId: string; paths: InfluencePathView[] };

/** The strongest influence paths from the HCP on screen to another one (picked by search), strongest first; the chosen one is highlighted on the graph. */
export function InfluencePathsPanel({ api, fromId, view }: { api: Api; fromId: string; view: InfluenceView }) {
  const inputId = useId();
  const listId = useId();
  const [toId, setToId] = useState("");
  const [loaded, setLoaded] = useState<Loaded>({ state: "idle" });
  const hits = useSubjectSuggestions(api, "HCP", toId);
  const { setPath } = view;

  // Another HCP on screen: the paths of the previous one no longer apply.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new start HCP resets the panel.
  useEffect(() => setLoaded({ state: "idle" }), [fromId]);

  const find = async (e: FormEvent) => {
    e.preventDefault();
    const target = toId.trim();
    if (!target) return;
    setLoaded({ state: "loading" });
    try {
      const { influencePaths } = await api(INFLUENCE_PATHS, { fromId, toId: target, maxHops: 4, limit: 3 });
      setLoaded({ state: "done", toId: target, paths: influencePaths });
      setPath(influencePaths[0] ?? null);
    } catch (err) {
      setLoaded({ state: "error", message: errorMessage(err) });
      setPath(null);
    }
  };

  return (
    <section className="influence-paths" aria-labelledby={`${inputId}-title`} data-testid="influence-paths">
      <h2 id={`${inputId}-title`}>Strongest influence paths</h2>
      <form onSubmit={find}>
        <label htmlFor={inputId}>to HCP</label>{" "}
        <input
          id={inputId}
          list={listId}
          value={toId}
          onChange={(e) => setToId(e.target.value)}
          placeholder="name or id"
          data-testid="influence-paths-to"
        />
        <datalist id={listId}>
          {hits.map((h) => (
            <option key={h.id} value={h.id}>
              {h.name}
              {h.detail ? ` (${h.detail})` : ""}
            </option>
          ))}
        </datalist>{" "}
        <button type="submit" disabled={loaded.state === "loading" || toId.trim() === ""}>
          Find paths
        </button>
      </form>
      {loaded.state === "loading" && <p className="muted">Looking for paths…</p>}
      {loaded.state === "error" && (
        <p className="error" role="alert">
          {loaded.message}
        </p>
      )}
      {loaded.state === "done" && loaded.paths.length === 0 && (
        <p className="muted" data-testid="influence-paths-empty">
          No influence path from this HCP to {loaded.toId} within 4 hops that you may see.
        </p>
      )}
      {loaded.state === "done" && loaded.paths.length > 0 && (
        <ol className="influence-path-list">
          {loaded.paths.map((p, i) => (
            <li key={p.nodes.map((n) => n.id).join(">")}>
              <button
                type="button"
                aria-pressed={view.path === p}
                data-testid={`influence-path-${i}`}
                onClick={() => setPath(view.path === p ? null : p)}
              >
                <span className="strength">strength {p.strength.toFixed(3)}</span> {p.nodes.map((n) => n.name).join(" → ")}
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
