/**
 * The customer-experience figures of one HCP and month as one list of numbers, so that an
 * account's, organization's or network's month is the weighted sum of its children's lists
 * (docs/EXPERIENCE.md, Roll-ups). Every slot adds up: counts of answers by score, touchpoints
 * delivered and activated by channel, minutes, actions, and whether the HCP was reached or engaged.
 */
import { type FeedbackKind, TOUCHPOINT_CHANNELS } from "../../model/vocabulary.ts";
import { isActivated, type TouchpointItem } from "../touchpoints/touchpoint.ts";

/** A feedback answer as it counts in a month: NPS 0-10, CSAT 1-5. */
export interface FeedbackItem {
  kind: FeedbackKind;
  score: number;
}

const CHANNELS = TOUCHPOINT_CHANNELS.length;

/** Where each figure sits in a month list. */
export const SLOT = {
  /** 11 slots: answers scoring 0..10. */
  nps: 0,
  /** 5 slots: answers scoring 1..5. */
  csat: 11,
  delivered: 16,
  activated: 16 + CHANNELS,
  minutes: 16 + 2 * CHANNELS,
  /** Delivered touchpoints. */
  actions: 17 + 2 * CHANNELS,
  /** 1 when the HCP had a delivered touchpoint in the month. */
  reached: 18 + 2 * CHANNELS,
  /** 1 when the HCP had an activated touchpoint in the month. */
  engaged: 19 + 2 * CHANNELS,
} as const;

export const MONTH_VECTOR_LENGTH = 20 + 2 * CHANNELS;

export const emptyMonth = (): number[] => new Array<number>(MONTH_VECTOR_LENGTH).fill(0);

export function monthVector(feedback: readonly FeedbackItem[], touchpoints: readonly TouchpointItem[]): number[] {
  const v = emptyMonth();
  for (const f of feedback) {
    if (f.kind === "NPS") v[SLOT.nps + f.score]! += 1;
    else v[SLOT.csat + f.score - 1]! += 1;
  }
  for (const t of touchpoints) {
    if (!t.delivered) continue;
    const c = TOUCHPOINT_CHANNELS.indexOf(t.channel);
    v[SLOT.delivered + c]! += 1;
    v[SLOT.actions]! += 1;
    v[SLOT.minutes]! += t.minutes;
    v[SLOT.reached] = 1;
    if (isActivated(t)) {
      v[SLOT.activated + c]! += 1;
      v[SLOT.engaged] = 1;
    }
  }
  return v;
}

/** Whether a list holds any figure (an all-zero month is not stored). */
export const isEmpty = (v: readonly number[]) => v.every((x) => x === 0);
