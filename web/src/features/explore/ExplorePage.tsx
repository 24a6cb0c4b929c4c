import { useEffect, useMemo, useState } from "react";
import { navigate, replaceRoute } from "../../app/hash-route.ts";
import { useHashRoute } from "../../app/use-hash-route.ts";
import { Metric, type SearchHit } from "../../api/types.ts";
import type { Api } from "../../api/use-api.ts";
import { useGraphView, type Measure } from "../../api/use-graph-view.ts";
import { useMetricPeriods } from "../../api/use-metric-periods.ts";
import { loadSession } from "../../api/session.ts";
import { EMPTY_LOD, findInGraph, levelOfDetail, pathUp, toggle, type LodState } from "../../graph/level-of-detail.ts";
import { DetailsPanel } from "../details/DetailsPanel.tsx";
import { GraphView, type GraphHighlight } from "../graph/GraphView.tsx";
import { Legend } from "../graph/Legend.tsx";
import { SearchPanel } from "../search/SearchPanel.tsx";
import { ReassignDialog, type Reassignment } from "../changes/ReassignDialog.tsx";
import { exploreHash, exploreViewOf, type ExploreView } from "./explore-route.ts";
import { HierarchyTable } from "./HierarchyTable.tsx";
import { HierarchyToolbar } from "./HierarchyToolbar.tsx";
import { InfluenceControls } from "../influence/InfluenceControls.tsx";
import { InfluencePathsPanel } from "../influence/InfluencePathsPanel.tsx";
import { useInfluenceView } from "../influence/use-influence-view.ts";
import { groupKeyOfNodeId } from "../../graph/influence-model.ts";

/** Search, the graph canvas (hierarchy, its diff between two dates, or influence network) and the details of the selected entity. */
export function ExplorePage({ api }: { api: Api }) {
  const periods = useMetricPeriods(api);
  const route = useHashRoute();
  const view = useMemo(() => exploreViewOf(route), [route]);
  const urlMeasure = view && view.view !== "influence" ? view : null;
  const metric = urlMeasure?.metric ?? Metric.TRX;
  const period = urlMeasure?.period ?? periods?.[0] ?? null;
  const measure = useMemo<Measure | null>(() => (period ? { metric, period } : null), [metric, period]);
  const { state, open, openDiff } = useGraphView(api, measure);

  /** Opens a view as a new history entry; the hash change loads it. */
  const go = (next: ExploreView) => navigate(exploreHash(next));
  const selected = view?.selected ?? null;
  const select = (id: string | null) => {
    if (!view) return;
    replaceRoute(exploreHash({ ...view, selected: id }));
  };

  const loadKey = view ? exploreHash({ ...view, selected: null }) : null;
  // biome-ignore lint/correctness/useExhaustiveDependencies: a view loads when its route (without the selection) or measure changes, once the periods are known.
  useEffect(() => {
    if (!view || periods === null) return;
    if (view.view === "hierarchy") void open("hierarchy", view.id, 1, view.asOf);
    else if (view.view === "influence") void open("influence", view.id, view.depth);
    else void openDiff(view.id, view.from, view.to);
  }, [loadKey, measure, periods === null]);

  // Level of detail: what is expanded resets with each loaded graph; a diff's changed edges and a linked selection stay in sight.
  const [lod, setLod] = useState<LodState>(EMPTY_LOD);
  const [matches, setMatches] = useState<string[] | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a newly loaded graph resets what is expanded.
  useEffect(() => {
    const revealed = new Set(state.diff?.changedEnds ?? []);
    if (selected) revealed.add(selected);
    setLod({ ...EMPTY_LOD, revealed });
    setMatches(null);
  }, [state.graph]);
  const hierarchy = useMemo(
    () => (state.mode === "hierarchy" && state.graph ? levelOfDetail(state.graph, lod) : null),
    [state.mode, state.graph, lod],
  );
  const selectedNode = useMemo(() => hierarchy?.nodes.find((n) => n.id === selected && n.role === "entity"), [hierarchy, selected]);

  const highlight = useMemo<GraphHighlight>(
    () => ({
      matches: matches ?? [],
      path: hierarchy && selectedNode?.kind === "HCP" ? pathUp(hierarchy, selectedNode.id) : null,
      selected,
    }),
    [matches, hierarchy, selectedNode, selected],
  );
  const elementOptions = useMemo(
    () => ({
      measureLabel: measure?.metric,
      changes: state.diff?.changes,
      rollupBefore: state.diff?.rollupBefore,
      labelsBeside: state.mode === "hierarchy",
    }),
    [measure, state.diff, state.mode],
  );
  const [tableShown, setTableShown] = useState(false);
  const influence = useInfluenceView(state.mode === "influence" ? state.graph : null);

  const [move, setMove] = useState<Reassignment | null>(null);
  /** A child dropped onto another parent: its edge to the current parent of that level moves. */
  const proposeMove = (childId: string, toId: string) => {
    const graph = state.graph;
    if (!graph) return;
    const kindOf = new Map(graph.nodes.map((n) => [n.id, n]));
    const toKind = kindOf.get(toId)?.kind;
    const edges = graph.edges.filter(
      (e) => e.kind === "AFFILIATION" && e.source === childId && kindOf.get(e.target)?.kind === toKind && e.target !== toId,
    );
    const edge = edges.find((e) => e.primary) ?? edges[0];
    if (!edge || edge.version == null) return;
    setMove({
      childId,
      childName: kindOf.get(childId)?.name ?? childId,
      fromId: edge.target,
      toId,
      toName: kindOf.get(toId)?.name ?? toId,
      edgeId: edge.id,
      version: edge.version,
    });
  };

  const openHierarchy = (id: string, selectedId: string | null = null) =>
    go({ view: "hierarchy", id, asOf: null, metric: urlMeasure?.metric ?? null, period: urlMeasure?.period ?? null, selected: selectedId });
  const openInfluence = (id: string, depth: 1 | 2 = 1) => go({ view: "influence", id, depth, selected: id });
  const openHit = (hit: SearchHit) => (hit.kind === "HCP" ? openInfluence(hit.id) : openHierarchy(hit.id, hit.id));
  const toggleNode = (id: string) => hierarchy && setLod((current) => toggle(current, hierarchy, id));
  const find = (text: string) => {
    const hits = state.graph ? findInGraph(state.graph, text) : [];
    setLod({ ...lod, revealed: new Set([...lod.revealed, ...hits]) });
    setMatches(hits);
  };

  // The API keeps the history of the whole hierarchy (hierarchyDiff) from REPs, who see their territories only.
  const mayReadHistory = loadSession()?.user.role !== "REP";
  const focus = state.graph?.nodes.find((n) => n.id === state.rootId);
  const isDiff = view?.view === "diff";
  const title = isDiff ? "Changes below" : state.mode === "hierarchy" ? "Hierarchy of" : "Influence network of";

  return (
    <main>
      <SearchPanel api={api} onOpen={openHit} />
      <section className="canvas" aria-label="Graph">
        <div className="toolbar">
          {view ? (
            <>
              <span className="title">
                {title} <b>{focus?.name ?? view.id}</b> <span className="muted">{view.id}</span>
                {view.view === "hierarchy" && view.asOf && <span className="muted"> as of {view.asOf}</span>}
                {view.view === "diff" && (
                  <span className="muted">
                    {" "}
                    from {view.from} to {view.to}
                  </span>
                )}
              </span>
              {view.view === "influence" && (
                <>
                  <label>
                    depth{" "}
                    <select
                      data-testid="depth"
                      value={view.depth}
                      onChange={(e) => openInfluence(view.id, Number(e.target.value) as 1 | 2)}
                    >
                      <option value={1}>1</option>
                      <option value={2}>2</option>
                    </select>
                  </label>
                  <button type="button" onClick={() => openHierarchy(view.id)}>
                    Show hierarchy
                  </button>
                </>
              )}
              {view.view === "hierarchy" && focus?.kind === "HCP" && (
                <button type="button" onClick={() => openInfluence(view.id)}>
                  Show influence network
                </button>
              )}
              {state.loading && (
                <span className="muted" role="status">
                  loading…
                </span>
              )}
              {state.graph?.truncated && (
                <span className="warning" data-testid="truncated">
                  Showing the first {state.graph.nodes.length} nodes only
                </span>
              )}
            </>
          ) : (
            <span className="muted">Search, then open a health system, an account or an HCP.</span>
          )}
        </div>
        {view?.view === "influence" && (
          <InfluenceControls
            view={influence}
            maxNodes={state.maxNodes}
            onMaxNodes={(n) => void open("influence", view.id, view.depth, null, n)}
          />
        )}
        {view && view.view !== "influence" && (
          <HierarchyToolbar
            measure={measure}
            periods={periods ?? []}
            onMeasure={(m) => go({ ...view, metric: m.metric, period: m.period })}
            asOf={view.view === "hierarchy" ? view.asOf : null}
            diff={view.view === "diff" ? view : null}
            onAsOf={(asOf) => go({ view: "hierarchy", id: view.id, asOf, metric: view.metric, period: view.period, selected })}
            onCompare={
              mayReadHistory
                ? (from, to) => go({ view: "diff", id: view.id, from, to, metric: view.metric, period: view.period, selected })
                : undefined
            }
            onFind={find}
            matches={matches?.length ?? null}
            tableShown={tableShown}
            onTable={() => setTableShown(!tableShown)}
          />
        )}
        {state.error && (
          <p className="error" data-testid="graph-error">
            {state.error}
          </p>
        )}
        {view && !state.loading && !state.error && state.graph?.nodes.length === 0 && (
          <p className="muted" data-testid="graph-empty">
            Nothing to show: not found, or not in your territories.
          </p>
        )}
        <GraphView
          graph={hierarchy ?? state.graph}
          mode={state.mode}
          onSelect={(id) => {
            const group = state.mode === "influence" ? groupKeyOfNodeId(id) : null;
            if (group === null) select(id);
            else influence.toggleGroup(group);
          }}
          onDropOnto={state.mode === "hierarchy" && !isDiff ? proposeMove : undefined}
          onToggle={state.mode === "hierarchy" ? toggleNode : undefined}
          elementOptions={elementOptions}
          highlight={highlight}
          influence={state.mode === "influence" ? { elements: influence.elements, minWeight: influence.minWeight } : undefined}
        />
        {view?.view === "influence" && <InfluencePathsPanel api={api} fromId={view.id} view={influence} />}
        {tableShown && hierarchy && (
          <HierarchyTable
            rootId={hierarchy.rootId}
            nodes={hierarchy.nodes}
            rollupHeading={measure ? `${measure.metric} ${measure.period}` : "roll-up"}
            selected={selected}
            onSelect={select}
            onToggle={toggleNode}
          />
        )}
        {move && (
          <ReassignDialog
            api={api}
            move={move}
            onClose={() => {
              setMove(null);
              if (view?.view === "hierarchy") void open("hierarchy", view.id, 1, view.asOf);
            }}
          />
        )}
        <Legend mode={state.mode} diff={isDiff} />
      </section>
      <DetailsPanel
        api={api}
        id={selected}
        onOpenHierarchy={(id) => openHierarchy(id, id)}
        onOpenInfluence={(id) => openInfluence(id)}
        measure={measure}
        asOf={view?.view === "hierarchy" ? view.asOf : view?.view === "diff" ? view.to : null}
        counts={selectedNode ? { parents: selectedNode.parentCount, children: selectedNode.childCount } : null}
      />
    </main>
  );
}
