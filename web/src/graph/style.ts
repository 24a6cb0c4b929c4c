import type { StylesheetJson } from "cytoscape";

/** Okabe-Ito colours, told apart with every common colour-vision deficiency; shapes differ by level too. */
export const KIND_COLOURS = {
  HCP: "#0072B2",
  ACCOUNT: "#009E73",
  ORGANIZATION: "#E69F00",
  NETWORK: "#CC79A7",
} as const;

export const KIND_SHAPES = {
  HCP: "ellipse",
  ACCOUNT: "round-rectangle",
  ORGANIZATION: "hexagon",
  NETWORK: "diamond",
} as const;

/** Diff views: each change has its own colour (Okabe-Ito) and its own line style. */
export const CHANGE_STYLES = {
  added: { colour: "#56B4E9", line: "solid" },
  changed: { colour: "#000000", line: "dashed" },
  ended: { colour: "#D55E00", line: "dotted" },
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
  { selector: "node.hcp", style: { "background-color": KIND_COLOURS.HCP, shape: KIND_SHAPES.HCP } },
  { selector: "node.account", style: { "background-color": KIND_COLOURS.ACCOUNT, shape: KIND_SHAPES.ACCOUNT, width: 28 } },
  {
    selector: "node.organization",
    style: { "background-color": KIND_COLOURS.ORGANIZATION, shape: KIND_SHAPES.ORGANIZATION, width: 34, height: 30 },
  },
  { selector: "node.network", style: { "background-color": KIND_COLOURS.NETWORK, shape: KIND_SHAPES.NETWORK, width: 36, height: 36 } },
  // With a measure: two-line labels (name, roll-up) and node size growing with the roll-up.
  {
    selector: "node.measured",
    style: { "text-wrap": "wrap", width: "mapData(scale, 1, 2.2, 22, 48)", height: "mapData(scale, 1, 2.2, 22, 48)" },
  },
  // Hierarchy level of detail: a group stands for many children, "more" for the next batch; both open on a click.
  { selector: "node.measured", style: { "font-size": 12, "min-zoomed-font-size": 5 } },
  {
    selector: "node.label-beside",
    style: { "text-valign": "center", "text-halign": "right", "text-margin-x": 6, "text-margin-y": 0, "text-max-width": "170px" },
  },
  { selector: "node.collapsed", style: { "border-width": 3, "border-color": "#1f2933" } },
  { selector: "node.group", style: { "border-width": 4, "border-style": "double", "border-color": "#1f2933", "font-weight": "bold" } },
  {
    selector: "node.more",
    style: { "background-opacity": 0.25, "border-width": 2, "border-style": "dashed", "border-color": "#1f2933", width: 30, height: 22 },
  },
  { selector: "node.match", style: { "underlay-color": "#F0E442", "underlay-opacity": 0.9, "underlay-padding": 8 } },
  { selector: ".dimmed", style: { opacity: 0.18 } },
  { selector: "edge.on-path", style: { "line-color": "#000000", "target-arrow-color": "#000000", width: 5, opacity: 1, "z-index": 10 } },
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
  { selector: "edge.synthetic", style: { "line-color": "#9ca3af", "target-arrow-color": "#9ca3af", width: 2 } },
  { selector: "edge.unchanged", style: { "line-color": "#c3c9d1", "target-arrow-color": "#c3c9d1", width: 1, opacity: 0.6 } },
  ...Object.entries(CHANGE_STYLES).map(([change, { colour, line }]) => ({
    selector: `edge.${change}`,
    style: { "line-color": colour, "target-arrow-color": colour, "line-style": line, width: 5, opacity: 1 },
  })),
  { selector: "edge.influence", style: { "line-color": "#c0392b", "target-arrow-color": "#c0392b", opacity: 0.6 } },
];
