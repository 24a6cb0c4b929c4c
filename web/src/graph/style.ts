import type { StylesheetJson } from "cytoscape";

export const KIND_COLOURS = {
  HCP: "#2f7ed8",
  ACCOUNT: "#3aa76d",
  ORGANIZATION: "#e08a1e",
  NETWORK: "#8e44ad",
} as const;

export const graphStyle: StylesheetJson = [
  {
    selector: "node",
    style: {
      label: "data(label)",
      "font-size": 10,
      "text-valign": "bottom",
      "text-margin-y": 4,
      "text-wrap": "ellipsis",
      "text-max-width": "120px",
      width: 22,
      height: 22,
      "border-width": 1,
      "border-color": "#ffffff",
      color: "#1f2933",
      "text-background-color": "#fbfcfd",
      "text-background-opacity": 0.75,
      "text-background-padding": "1px",
      // Labels of a zoomed-out overview would be an unreadable smear; they appear on zooming in.
      "min-zoomed-font-size": 7,
    },
  },
  { selector: "node.hcp", style: { "background-color": KIND_COLOURS.HCP, shape: "ellipse" } },
  { selector: "node.account", style: { "background-color": KIND_COLOURS.ACCOUNT, shape: "round-rectangle", width: 28 } },
  { selector: "node.organization", style: { "background-color": KIND_COLOURS.ORGANIZATION, shape: "hexagon", width: 34, height: 30 } },
  { selector: "node.network", style: { "background-color": KIND_COLOURS.NETWORK, shape: "diamond", width: 36, height: 36 } },
  // With a measure: two-line labels (name, roll-up) and node size growing with the roll-up.
  {
    selector: "node.measured",
    style: { "text-wrap": "wrap", width: "mapData(scale, 1, 2.2, 22, 48)", height: "mapData(scale, 1, 2.2, 22, 48)" },
  },
  { selector: "node.root", style: { "border-width": 4, "border-color": "#111827", "font-weight": "bold" } },
  { selector: "node:selected", style: { "overlay-color": "#f5c542", "overlay-opacity": 0.35, "overlay-padding": 6 } },
  {
    selector: "edge",
    style: {
      width: "data(width)",
      "curve-style": "bezier",
      "target-arrow-shape": "triangle",
      "arrow-scale": 0.8,
      opacity: 0.85,
    },
  },
  { selector: "edge.affiliation.primary", style: { "line-color": "#374151", "target-arrow-color": "#374151", "line-style": "solid" } },
  { selector: "edge.affiliation.secondary", style: { "line-color": "#9ca3af", "target-arrow-color": "#9ca3af", "line-style": "dashed" } },
  {
    selector: "edge.measured",
    style: {
      label: "data(flowLabel)",
      "font-size": 8,
      color: "#52606d",
      "text-rotation": "autorotate",
      "text-background-color": "#fbfcfd",
      "text-background-opacity": 0.8,
      "min-zoomed-font-size": 6,
    },
  },
  { selector: "edge.influence", style: { "line-color": "#c0392b", "target-arrow-color": "#c0392b", opacity: 0.6 } },
];
