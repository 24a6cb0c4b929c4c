import { useEffect, useRef } from "react";
import cytoscape, { type Core, type ElementDefinition } from "cytoscape";
import type { EntityKind } from "../../api/types.ts";
import { dropTarget } from "../../graph/drop-target.ts";
import { toElements, type ElementOptions, type ViewMode } from "../../graph/elements.ts";
import { layoutFor } from "../../graph/layouts.ts";
import { graphStyle } from "../../graph/style.ts";
import { FAST_RENDERING, influenceStyle } from "../../graph/influence-style.ts";
import { applyMinWeight } from "../influence/apply-min-weight.ts";
import { attachLevelOfDetail } from "../influence/level-of-detail.ts";

/** Fitting a handful of nodes would blow them up to giant discs; stop at a readable zoom. */
const MAX_FIT_ZOOM = 1.25;

declare global {
  interface Window {
    /** Test hook: the app's Cytoscape instance, read by the browser tests. */
    __cy?: Core;
  }
}

/**
 * The one Cytoscape instance of the app: created on mount, handlers registered once, destroyed
 * on unmount. A new graph replaces the elements in one batch and runs the view's layout.
 */
export interface GraphHighlight {
  /** Search hits: marked and centred. */
  matches: readonly string[];
  /** The selected node's way up: emphasised, everything else dimmed. */
  path: { nodes: ReadonlySet<string>; edges: ReadonlySet<string> } | null;
  selected: string | null;
}

interface GraphViewProps {
  graph: Parameters<typeof toElements>[0] | null;
  mode: ViewMode;
  onSelect: (id: string) => void;
  /** Hierarchy views: a child node was dragged onto a node one level up (it snaps back; the caller proposes the move). */
  onDropOnto?: (childId: string, parentId: string) => void;
  /** Hierarchy views: a group or "more" node was tapped, or an entity double-tapped, to expand or collapse it. */
  onToggle?: (id: string) => void;
  /** Labels and diff marks (keep it memoized: a new object re-renders the graph). */
  elementOptions?: ElementOptions;
  highlight?: GraphHighlight;
  /** Influence views: the positioned elements of features/influence/use-influence-view.ts and the weight slider's value. */
  influence?: { elements: ElementDefinition[]; minWeight: number };
}

const NO_HIGHLIGHT: GraphHighlight = { matches: [], path: null, selected: null };

export function GraphView({
  graph,
  mode,
  onSelect,
  onDropOnto,
  onToggle,
  elementOptions,
  highlight = NO_HIGHLIGHT,
  influence,
}: GraphViewProps) {
  const container = useRef<HTMLDivElement>(null);
  const cy = useRef<Core | null>(null);
  const onSelectRef = useRef(onSelect);
  onSelectRef.current = onSelect;
  const onDropRef = useRef(onDropOnto);
  onDropRef.current = onDropOnto;
  const onToggleRef = useRef(onToggle);
  onToggleRef.current = onToggle;
  const minWeightRef = useRef(0);

  useEffect(() => {
    const instance = cytoscape({
      container: container.current,
      style: [...graphStyle, ...influenceStyle],
      minZoom: 0.1,
      maxZoom: 3,
      wheelSensitivity: 0.3,
      ...FAST_RENDERING,
    });
    instance.on("tap", "node", (event) => {
      const id = event.target.id() as string;
      if (event.target.data("role") !== "entity" && onToggleRef.current) onToggleRef.current(id);
      else onSelectRef.current(id);
    });
    instance.on("dbltap", "node[role = 'entity']", (event) => onToggleRef.current?.(event.target.id() as string));
    attachLevelOfDetail(instance);
    // Toolbars above the canvas come and go with the view: Cytoscape must learn the canvas's new box, or clicks miss their nodes.
    const resized = new ResizeObserver(() => instance.resize());
    if (container.current) resized.observe(container.current);
    const grabbedAt = new Map<string, { x: number; y: number }>();
    instance.on("grab", "node", (event) => grabbedAt.set(event.target.id() as string, { ...event.target.position() }));
    instance.on("dragfree", "node", (event) => {
      const node = event.target;
      const { x, y } = node.position();
      const candidates = instance
        .nodes("[role = 'entity']")
        .map((n) => ({ id: n.id(), kind: n.data("kind") as EntityKind, box: n.boundingBox({ includeLabels: false }) }));
      const target = dropTarget({ id: node.id(), kind: node.data("kind") as EntityKind, x, y }, candidates);
      const origin = grabbedAt.get(node.id());
      if (origin) node.position(origin);
      if (target) onDropRef.current?.(node.id(), target);
    });
    cy.current = instance;
    window.__cy = instance;
    return () => {
      resized.disconnect();
      instance.destroy();
      cy.current = null;
      if (window.__cy === instance) delete window.__cy;
    };
  }, []);

  // A panel above the canvas may have moved it without resizing it (the observer misses that): after every render, Cytoscape re-reads its box.
  useEffect(() => {
    cy.current?.resize();
  });

  const influenceElements = influence?.elements;
  useEffect(() => {
    const instance = cy.current;
    if (!instance) return;
    instance.batch(() => {
      instance.elements().remove();
      if (graph) instance.add(mode === "influence" && influenceElements ? influenceElements : toElements(graph, elementOptions));
      if (mode === "influence") applyMinWeight(instance, minWeightRef.current);
    });
    if (graph) {
      const layout = instance.layout(
        layoutFor(
          mode,
          instance.nodes().map((n) => ({ id: n.id(), level: n.data("level") as number })),
          instance.edges().map((e) => ({ source: e.data("source") as string, target: e.data("target") as string })),
        ),
      );
      layout.one("layoutstop", () => {
        if (instance.zoom() <= MAX_FIT_ZOOM) return;
        instance.zoom(MAX_FIT_ZOOM);
        instance.center();
      });
      layout.run();
    }
    container.current?.setAttribute("data-rendered-nodes", String(instance.nodes().length));
  }, [graph, mode, elementOptions, influenceElements]);

  const minWeight = influence?.minWeight ?? 0;
  minWeightRef.current = minWeight;
  useEffect(() => {
    if (cy.current && mode === "influence") applyMinWeight(cy.current, minWeight);
  }, [mode, minWeight]);

  // After the graph effect, so marks land on the new elements.
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new graph or new labels replaced the elements; mark them again.
  useEffect(() => {
    const instance = cy.current;
    if (!instance) return;
    const { matches, path, selected } = highlight;
    instance.batch(() => {
      instance.elements().removeClass("match dimmed on-path");
      instance.$(":selected").unselect();
      if (selected) instance.getElementById(selected).select();
      for (const id of matches) instance.getElementById(id).addClass("match");
      if (path) {
        instance
          .nodes()
          .filter((n) => !path.nodes.has(n.id()))
          .addClass("dimmed");
        instance
          .edges()
          .filter((e) => !path.edges.has(e.id()))
          .addClass("dimmed");
        instance
          .edges()
          .filter((e) => path.edges.has(e.id()))
          .addClass("on-path");
      }
    });
    const wanted = new Set(matches);
    const hits = instance.nodes().filter((n) => wanted.has(n.id()));
    if (hits.nonempty()) {
      instance.fit(hits, 120);
      if (instance.zoom() > MAX_FIT_ZOOM) {
        instance.zoom(MAX_FIT_ZOOM);
        instance.center(hits);
      }
    }
  }, [highlight, graph, elementOptions]);

  return <div className="graph" data-testid="graph" ref={container} />;
}
