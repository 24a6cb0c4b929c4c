import type { Core } from "cytoscape";
import { overviewHidesMembers } from "../../graph/influence-level-of-detail.ts";

/**
 * Zoom-dependent level of detail of influence views: crossing the overview zoom (or a new view
 * laid out) gives the unlabelled HCPs `overview-hidden` or takes it away; hidden nodes hide their edges too.
 */
export function attachLevelOfDetail(cy: Core): void {
  let hiding: boolean | null = null;
  const update = () => {
    const hide = overviewHidesMembers(cy.zoom(), cy.nodes().length);
    if (hide === hiding) return;
    hiding = hide;
    cy.batch(() => {
      cy.nodes(".unlabelled").toggleClass("overview-hidden", hide);
    });
  };
  cy.on("zoom", update);
  cy.on("add", () => {
    hiding = null;
  });
  cy.on("layoutstop", update);
}
