import type { Core } from "cytoscape";
import type { Page } from "playwright-core";

/** The app's test hook (web/src/features/graph/GraphView.tsx), for code evaluated in the page. */
declare global {
  interface Window {
    __cy?: Core;
  }
}

/**
 * Emits a Cytoscape event on one element in the page, as a tap or double tap of the user would.
 * Returns nothing on purpose: `emit` returns the element, and Playwright would serialise its whole
 * object graph (the Cytoscape core with every element) back to the test, which took seconds per
 * call and crashed Chromium's renderer under load.
 */
export function emitOn(page: Page, elementId: string, event: "tap" | "dbltap"): Promise<void> {
  return page.evaluate(
    ([i, e]) => {
      window.__cy!.getElementById(i).emit(e);
    },
    [elementId, event] as const,
  );
}
