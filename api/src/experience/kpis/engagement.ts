/**
 * Engagement from a (summed) month list: per channel the activated share of delivered
 * touchpoints; HCPs reached and engaged; actions and minutes per reached HCP.
 */
import { TOUCHPOINT_CHANNELS, type TouchpointChannel } from "../../model/vocabulary.ts";
import { SLOT } from "../facts/month-vector.ts";

export interface ChannelEngagement {
  channel: TouchpointChannel;
  delivered: number;
  activated: number;
  rate: number | null;
}

export interface Engagement {
  delivered: number;
  activated: number;
  rate: number | null;
  byChannel: ChannelEngagement[];
  /** HCP-months with a delivered touchpoint, divided by `months`: HCPs reached in an average month. */
  reachedHcps: number;
  /** HCP-months with an activated touchpoint, divided by `months`. */
  engagedHcps: number;
  actionsPerHcp: number | null;
  minutesPerHcp: number | null;
}

const ratio = (a: number, b: number) => (b > 0 ? a / b : null);

/** `v`: the month lists of `months` months summed. */
export function engagement(v: readonly number[], months: number): Engagement {
  const byChannel = TOUCHPOINT_CHANNELS.map((channel, c) => {
    const delivered = v[SLOT.delivered + c]!;
    const activated = v[SLOT.activated + c]!;
    return { channel, delivered, activated, rate: ratio(activated, delivered) };
  });
  const delivered = byChannel.reduce((s, c) => s + c.delivered, 0);
  const activated = byChannel.reduce((s, c) => s + c.activated, 0);
  const reachedMonths = v[SLOT.reached]!;
  return {
    delivered,
    activated,
    rate: ratio(activated, delivered),
    byChannel,
    reachedHcps: months > 0 ? reachedMonths / months : 0,
    engagedHcps: months > 0 ? v[SLOT.engaged]! / months : 0,
    actionsPerHcp: ratio(v[SLOT.actions]!, reachedMonths),
    minutesPerHcp: ratio(v[SLOT.minutes]!, reachedMonths),
  };
}
