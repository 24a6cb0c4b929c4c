import { useCallback, useState } from "react";
import { loadSession, saveSession, type Session } from "./api/session.ts";
import type { SearchHit } from "./api/types.ts";
import { useApi } from "./api/use-api.ts";
import { useGraphView } from "./api/use-graph-view.ts";
import { DetailsPanel } from "./features/details/DetailsPanel.tsx";
import { GraphView } from "./features/graph/GraphView.tsx";
import { Legend } from "./features/graph/Legend.tsx";
import { LoginPicker } from "./features/login/LoginPicker.tsx";
import { SearchPanel } from "./features/search/SearchPanel.tsx";

export function App() {
  const [session, setSession] = useState<Session | null>(loadSession);
  const signIn = useCallback((s: Session | null) => {
    saveSession(s);
    setSession(s);
  }, []);
  // Stable, so the API caller built from it (and the searches and loads keyed on it) stay put.
  const signOut = useCallback(() => signIn(null), [signIn]);
  if (!session) return <LoginPicker onLogin={signIn} />;
  return <Workspace session={session} onSignOut={signOut} />;
}

function Workspace({ session, onSignOut }: { session: Session; onSignOut: () => void }) {
  const api = useApi(session, onSignOut);
  const { state, open } = useGraphView(api);
  const [selected, setSelected] = useState<string | null>(null);
  const focus = state.graph?.nodes.find((n) => n.id === state.rootId);

  const openHit = (hit: SearchHit) => {
    setSelected(hit.id);
    void open(hit.kind === "HCP" ? "influence" : "hierarchy", hit.id);
  };

  return (
    <div className="app">
      <header>
        <strong>pharmagraph</strong>
        <span className="user" data-testid="current-user">
          {session.user.name} · {session.user.role}
          {session.user.territories.length > 0 && ` · ${session.user.territories.join(", ")}`}
        </span>
        <button onClick={onSignOut}>Sign out</button>
      </header>
      <main>
        <SearchPanel api={api} onOpen={openHit} />
        <section className="canvas">
          <div className="toolbar">
            {state.rootId ? (
              <>
                <span className="title">
                  {state.mode === "hierarchy" ? "Hierarchy of" : "Influence network of"} <b>{focus?.name ?? state.rootId}</b>{" "}
                  <span className="muted">{state.rootId}</span>
                </span>
                {state.mode === "influence" && (
                  <>
                    <label>
                      depth{" "}
                      <select data-testid="depth" value={state.depth} onChange={(e) => void open("influence", state.rootId!, Number(e.target.value) as 1 | 2)}>
                        <option value={1}>1</option>
                        <option value={2}>2</option>
                      </select>
                    </label>
                    <button onClick={() => void open("hierarchy", state.rootId!)}>Show hierarchy</button>
                  </>
                )}
                {state.mode === "hierarchy" && focus?.kind === "HCP" && <button onClick={() => void open("influence", state.rootId!)}>Show influence network</button>}
                {state.loading && <span className="muted">loading…</span>}
                {state.graph?.truncated && <span className="warning" data-testid="truncated">Showing the first {state.graph.nodes.length} nodes only</span>}
              </>
            ) : (
              <span className="muted">Search, then open a health system, an account or an HCP.</span>
            )}
          </div>
          {state.error && <p className="error" data-testid="graph-error">{state.error}</p>}
          <GraphView graph={state.graph} mode={state.mode} onSelect={setSelected} />
          <Legend mode={state.mode} />
        </section>
        <DetailsPanel
          api={api}
          id={selected}
          onOpenHierarchy={(id) => void open("hierarchy", id)}
          onOpenInfluence={(id) => void open("influence", id)}
        />
      </main>
    </div>
  );
}
