import type { StylesheetJson } from "cytoscape";

/** Styles of the influence view's own classes (graph/influence-scene.ts), added after graph/style.ts. */
export const influenceStyle: StylesheetJson = [
  { selector: "node.unlabelled", style: { label: "" } },
  { selector: "node.top-influencer", style: { "font-weight": "bold" } },
  {
    selector: "node.influence-group",
    style: {
      shape: "round-rectangle",
      "background-color": "#dbe7f5",
      "border-color": "#2f7ed8",
      "border-width": 2,
      width: "data(size)",
      height: "data(size)",
      label: "data(label)",
      "font-size": 11,
      "text-valign": "center",
      "text-halign": "center",
      "text-wrap": "wrap",
      "text-max-width": "110px",
    },
  },
  { selector: "edge.influence", style: { "curve-style": "straight" } },
  {
    selector: "edge.merged",
    style: { "curve-style": "straight", "line-color": "#7f8fa6", "target-arrow-color": "#7f8fa6", opacity: 0.75 },
  },
  // The weight slider: hidden edges are not drawn at all, which also keeps big views fast.
  { selector: "edge.below-weight", style: { display: "none" } },
  // Zoomed out over a big view (features/influence/level-of-detail.ts).
  { selector: "node.overview-hidden", style: { display: "none" } },
  { selector: ".off-path", style: { opacity: 0.18 } },
  { selector: "node.on-path", style: { "border-width": 4, "border-color": "#f59e0b", "z-index": 10 } },
  {
    selector: "edge.on-path",
    style: { "line-color": "#f59e0b", "target-arrow-color": "#f59e0b", width: 6, opacity: 1, "z-index": 10, "curve-style": "straight" },
  },
];

/**
 * Renderer settings that keep a large view interactive: while panning or zooming, edges are not
 * drawn and the rest is moved as a bitmap; labels below 7 px on screen are skipped (graph/style.ts).
 */
export const FAST_RENDERING = { hideEdgesOnViewport: true, textureOnViewport: true, pixelRatio: 1 } as const;
