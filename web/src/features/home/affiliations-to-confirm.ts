/** What a rep should still confirm: current affiliations whose confidence is below the level a confirmation sets. */
export const CONFIRMED_CONFIDENCE = 0.95;

export interface AffiliationEdge {
  hcpId: string;
  hcpName: string;
  accountName: string;
  confidence: number | null;
  validTo: string | null;
}

/** Current (not ended by `today`) affiliations below the confirmed confidence, least certain first; an unknown confidence counts as least certain. */
export function affiliationsToConfirm(edges: readonly AffiliationEdge[], today: string): AffiliationEdge[] {
  return edges
    .filter((e) => (e.validTo === null || e.validTo >= today) && (e.confidence ?? 0) < CONFIRMED_CONFIDENCE)
    .sort((a, b) => (a.confidence ?? -1) - (b.confidence ?? -1) || a.hcpName.localeCompare(b.hcpName));
}
