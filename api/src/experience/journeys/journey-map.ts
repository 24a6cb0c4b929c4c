/**
 * A journey map (docs/EXPERIENCE.md, Journeys): touchpoints by stage and channel, and for each
 * stage how many HCPs reached it, how many of them went on to the next stage (conversion; the
 * rest dropped off there) and the median days from first reaching it to first reaching the next.
 * An HCP reaches a stage with its first touchpoint at that stage; "went on" means its first
 * touchpoint at the next stage came later. Pure: fed by journey-queries.ts.
 */
import { JOURNEY_STAGES, type TOUCHPOINT_CHANNELS } from "../../model/vocabulary.ts";

export type JourneyStage = (typeof JOURNEY_STAGES)[number];

export interface StageChannelCount {
  stage: JourneyStage;
  channel: (typeof TOUCHPOINT_CHANNELS)[number];
  touchpoints: number;
}

export interface JourneyStep {
  stage: JourneyStage;
  hcps: number;
  /** HCPs that reached the next stage after this one; null for the last stage. */
  convertedToNext: number | null;
  /** convertedToNext / hcps; null for the last stage or when nobody reached this one. */
  conversion: number | null;
  dropOff: number | null;
  medianDaysToNext: number | null;
}

export interface JourneyMap {
  cells: StageChannelCount[];
  steps: JourneyStep[];
}

/** One HCP's first time (epoch milliseconds) at each stage, null where never. */
export type FirstReached = (number | null)[];

const DAY = 86_400_000;

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export function journeySteps(hcps: readonly FirstReached[]): JourneyStep[] {
  return JOURNEY_STAGES.map((stage, k) => {
    const reached = hcps.filter((h) => h[k] != null);
    if (k === JOURNEY_STAGES.length - 1)
      return { stage, hcps: reached.length, convertedToNext: null, conversion: null, dropOff: null, medianDaysToNext: null };
    const days = reached.filter((h) => h[k + 1] != null && h[k + 1]! > h[k]!).map((h) => (h[k + 1]! - h[k]!) / DAY);
    const conversion = reached.length > 0 ? days.length / reached.length : null;
    return {
      stage,
      hcps: reached.length,
      convertedToNext: days.length,
      conversion,
      dropOff: conversion === null ? null : 1 - conversion,
      medianDaysToNext: median(days),
    };
  });
}
