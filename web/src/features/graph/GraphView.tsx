import { useEffect, useRef } from "react";
import cytoscape, { type Core } from "cytoscape";
import dagre from "cytoscape-dagre";
import type { EntityGraph } from "../../api/types.ts";
import { toElements, type ViewMode } from "../../graph/elements.ts";
import { layoutFor } from "../../graph/layouts.ts";
import { graphStyle } from "../../graph/style.ts";

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
export function GraphView({ graph, mode, onSelect }: { graph: EntityGraph | null; mode: ViewMode; onSelect: (id: string) => void }) {
  const container = useRef<HTMLDivElement>(null);
  const cy = useRef<Core | null>(null);
  const onSelectRef = useRef(onSelect);
  onSelectRef.current = onSelect;

  useEffect(() => {
    const instance = cytoscape({ container: container.current, style: graphStyle, minZoom: 0.1, maxZoom: 3, wheelSensitivity: 0.3 });
    instance.on("tap", "node", (event) => onSelectRef.current(event.target.id() as string));
    cy.current = instance;
    window.__cy = instance;
    return () => {
      instance.destroy();
      cy.current = null;
      if (window.__cy === instance) delete window.__cy;
    };
  }, []);

  useEffect(() => {
    const instance = cy.current;
    if (!instance) return;
    instance.batch(() => {
      instance.elements().remove();
      if (graph) instance.add(toElements(graph));
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
  }, [graph, mode]);

  return <div className="graph" data-testid="graph" ref={container} />;
}
