import type { Core } from "cytoscape";
import { hiddenByWeight } from "../../graph/influence-scene.ts";

/** The weight slider on the canvas: edges below it (a merged edge by its strongest edge) get `below-weight`, which hides them. */
export function applyMinWeight(cy: Core, minWeight: number): void {
  cy.batch(() => {
    cy.edges().forEach((e) => {
      const weight = (e.data("filterWeight") ?? e.data("weight")) as number;
      e.toggleClass("below-weight", hiddenByWeight(weight, minWeight, e.hasClass("on-path")));
    });
  });
}
