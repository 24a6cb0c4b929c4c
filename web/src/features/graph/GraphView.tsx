import { useEffect, useRef } from "react";
import cytoscape, { type Core, type ElementDefinition } from "cytoscape";
import dagre from "cytoscape-dagre";
import type { EntityGraph, EntityKind } from "../../api/types.ts";
import { dropTarget } from "../../graph/drop-target.ts";
import { toElements, type ViewMode } from "../../graph/elements.ts";
import { layoutFor } from "../../graph/layouts.ts";
import { graphStyle } from "../../graph/style.ts";
import { FAST_RENDERING, influenceStyle } from "../../graph/influence-style.ts";
import { applyMinWeight } from "../influence/apply-min-weight.ts";
import { attachLevelOfDetail } from "../influence/level-of-detail.ts";

cytoscape.use(dagre);

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
interface GraphViewProps {
  graph: EntityGraph | null;
  mode: ViewMode;
  onSelect: (id: string) => void;
  /** Hierarchy views: a child node was dragged onto a node one level up (it snaps back; the caller proposes the move). */
  onDropOnto?: (childId: string, parentId: string) => void;
  /** Influence views: the positioned elements of features/influence/use-influence-view.ts and the weight slider's value. */
  influence?: { elements: ElementDefinition[]; minWeight: number };
}

export function GraphView({ graph, mode, onSelect, onDropOnto, influence }: GraphViewProps) {
  const container = useRef<HTMLDivElement>(null);
  const cy = useRef<Core | null>(null);
  const onSelectRef = useRef(onSelect);
  onSelectRef.current = onSelect;
  const onDropRef = useRef(onDropOnto);
  onDropRef.current = onDropOnto;
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
    instance.on("tap", "node", (event) => onSelectRef.current(event.target.id() as string));
    attachLevelOfDetail(instance);
    const grabbedAt = new Map<string, { x: number; y: number }>();
    instance.on("grab", "node", (event) => grabbedAt.set(event.target.id() as string, { ...event.target.position() }));
    instance.on("dragfree", "node", (event) => {
      const node = event.target;
      const { x, y } = node.position();
      const candidates = instance
        .nodes()
        .map((n) => ({ id: n.id(), kind: n.data("kind") as EntityKind, box: n.boundingBox({ includeLabels: false }) }));
      const target = dropTarget({ id: node.id(), kind: node.data("kind") as EntityKind, x, y }, candidates);
      const origin = grabbedAt.get(node.id());
      if (origin) node.position(origin);
      if (target) onDropRef.current?.(node.id(), target);
    });
    cy.current = instance;
    window.__cy = instance;
    return () => {
      instance.destroy();
      cy.current = null;
      if (window.__cy === instance) delete window.__cy;
    };
  }, []);

  const influenceElements = influence?.elements;
  useEffect(() => {
    const instance = cy.current;
    if (!instance) return;
    instance.batch(() => {
      instance.elements().remove();
      if (graph) instance.add(mode === "influence" && influenceElements ? influenceElements : toElements(graph));
      if (mode === "influence") applyMinWeight(instance, minWeightRef.current);
    });
    if (graph) {
      const layout = instance.layout(layoutFor(mode, graph.nodes));
      layout.one("layoutstop", () => {
        if (instance.zoom() <= MAX_FIT_ZOOM) return;
        instance.zoom(MAX_FIT_ZOOM);
        instance.center();
      });
      layout.run();
    }
    container.current?.setAttribute("data-rendered-nodes", String(instance.nodes().length));
  }, [graph, mode, influenceElements]);

  const minWeight = influence?.minWeight ?? 0;
  minWeightRef.current = minWeight;
  useEffect(() => {
    if (cy.current && mode === "influence") applyMinWeight(cy.current, minWeight);
  }, [mode, minWeight]);

  return <div className="graph" data-testid="graph" ref={container} />;
}
