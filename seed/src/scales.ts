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

/**
 * What each scale holds (seed 42; other seeds differ by a few percent in edge counts):
 * - tiny: 200 HCPs, 60 accounts, 8 organizations, 3 networks in New York and Los Angeles;
 *   4 territories in 2 regions, 11 users; about 400 HCP affiliations, 550 influences, 3,200 metric values.
 * - demo: 20k HCPs, 6k accounts, 60 organizations, 15 networks over the 25 largest metros;
 *   41 territories in 4 regions, 40 users; about 50k hierarchy edges, 100k influences, 320k metric values.
 * - us: 1M HCPs, 300k accounts, 1k organizations, 200 networks over 50 metros; about 2,000
 *   territories, 1,000 reps; 2.5M hierarchy edges, 5M influences and 4M metric values (one quarter
 *   only, which keeps the online load within 15 minutes on 2 cores).
 */
export const SCALES: Record<ScaleName, Scale> = {
  tiny: {
    hcps: 200,
    accounts: 60,
    organizations: 8,
    networks: 3,
    metros: 2,
    hcpsPerTerritory: 50,
    meanInfluencers: 3,
    periods: FOUR_QUARTERS,
  },
  demo: {
    hcps: 20_000,
    accounts: 6_000,
    organizations: 60,
    networks: 15,
    metros: 25,
    hcpsPerTerritory: 500,
    meanInfluencers: 5,
    periods: FOUR_QUARTERS,
  },
  us: {
    hcps: 1_000_000,
    accounts: 300_000,
    organizations: 1_000,
    networks: 200,
    metros: 50,
    hcpsPerTerritory: 500,
    meanInfluencers: 5,
    periods: ["2026-Q3"],
  },
};
