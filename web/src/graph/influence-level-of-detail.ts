/** Below this zoom a big influence view draws only the focal HCP, the groups, the top influencers and a highlighted path. */
export const OVERVIEW_ZOOM = 0.5;
/** Views with fewer drawn nodes than this always draw every node. */
export const OVERVIEW_MIN_NODES = 1000;

/** Whether the unlabelled HCPs are left out at this zoom: at a glance they would be specks under a wall of edges. */
export function overviewHidesMembers(zoom: number, drawnNodes: number): boolean {
  return drawnNodes >= OVERVIEW_MIN_NODES && zoom < OVERVIEW_ZOOM;
}
