/**
 * A touchpoint: one interaction with an HCP on a channel, at a journey stage, with whether it was
 * delivered and the activation events that show the message was taken. Field activities are
 * touchpoints too (their channel maps below); the other channels come in through the
 * `touchpoints` import kind.
 */
import type { ActivityContent } from "../../field/activities/activity.ts";
import type { TouchpointChannel } from "../../model/vocabulary.ts";

/** The touchpoint channel of each field activity channel. */
export const CHANNEL_OF_ACTIVITY: Record<ActivityContent["channel"], TouchpointChannel> = {
  VISIT: "REP_VISIT",
  REMOTE_CALL: "REMOTE_CALL",
  PHONE: "PHONE",
  EMAIL: "EMAIL_CAMPAIGN",
  WEBINAR: "WEBINAR",
  EVENT: "EVENT",
  SELF_DETAILING: "SELF_DETAILING",
};

/** Conversations: a delivered touchpoint on one of these counts as activated without an event. */
export const CONVERSATION_CHANNELS: readonly TouchpointChannel[] = ["REP_VISIT", "REMOTE_CALL", "PHONE"];

/** What a touchpoint contributes to its HCP's month. */
export interface TouchpointItem {
  channel: TouchpointChannel;
  delivered: boolean;
  /** Number of activation events recorded. */
  events: number;
  minutes: number;
}

export const isActivated = (t: TouchpointItem) => t.delivered && (t.events > 0 || CONVERSATION_CHANNELS.includes(t.channel));
