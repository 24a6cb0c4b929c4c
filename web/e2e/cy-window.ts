import type { Core } from "cytoscape";

/** The app's test hook (web/src/features/graph/GraphView.tsx), for code evaluated in the page. */
declare global {
  interface Window {
    __cy?: Core;
  }
}
