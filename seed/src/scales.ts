import { z } from "zod";

export const SCALE_NAMES = ["tiny", "demo", "us"] as const;
export const scaleNameSchema = z.enum(SCALE_NAMES);
export type ScaleName = z.infer<typeof scaleNameSchema>;

export interface Scale {
  hcps: number;
  accounts: number;
  organizations: number;
  networks: number;
  /** How many of the largest metros the data spreads over. */
  metros: number;
  /** Territories are cut so that each holds about this many HCPs. */
  hcpsPerTerritory: number;
  /** Mean number of influencers each HCP follows. */
  meanInfluencers: number;
  /** Quarters with metric values, oldest first. */
  periods: readonly string[];
}

const FOUR_QUARTERS = ["2025-Q4", "2026-Q1", "2026-Q2", "2026-Q3"] as const;

export const SCALES: Record<ScaleName, Scale> = {
  tiny: { hcps: 200, accounts: 60, organizations: 8, networks: 3, metros: 2, hcpsPerTerritory: 50, meanInfluencers: 3, periods: FOUR_QUARTERS },
  demo: { hcps: 20_000, accounts: 6_000, organizations: 60, networks: 15, metros: 25, hcpsPerTerritory: 500, meanInfluencers: 5, periods: FOUR_QUARTERS },
  // One quarter of metric values at US scale keeps the load within the 15-minute goal (4M values).
  us: { hcps: 1_000_000, accounts: 300_000, organizations: 1_000, networks: 200, metros: 50, hcpsPerTerritory: 500, meanInfluencers: 5, periods: ["2026-Q3"] },
};
