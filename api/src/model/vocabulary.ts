/** The closed vocabularies of the customer graph (docs/MODEL.md). Ingestion validates against these. */
import type { EntityKind } from "./entity-kinds.ts";

export const CREDENTIALS = ["MD", "DO", "NP", "PA", "PharmD"] as const;
export const ACCOUNT_KINDS = ["HOSPITAL", "CLINIC", "PRACTICE", "PHARMACY"] as const;
export const ORGANIZATION_KINDS = ["IDN", "HEALTH_SYSTEM", "MEDICAL_GROUP"] as const;
export const NETWORK_KINDS = ["ACO", "GPO", "SPECIALTY_NETWORK", "PAYER_NETWORK"] as const;
export const INFLUENCE_TYPES = ["KOL", "REFERRAL", "CO_AUTHOR", "MENTOR"] as const;
export const METRICS = ["TRX", "NRX", "SALES", "POTENTIAL"] as const;
export type Metric = (typeof METRICS)[number];
/** A metric period: a quarter `YYYY-Qn` or a month `YYYY-MM`. */
export const PERIOD_PATTERN = /^\d{4}-(Q[1-4]|0[1-9]|1[0-2])$/;
export const EDGE_SOURCES = ["MASTER_LIST", "FIELD", "STEWARD"] as const;

/** Affiliation types allowed on an edge from a child of one kind. */
export const AFFILIATION_TYPES: Record<Exclude<EntityKind, "NETWORK">, readonly string[]> = {
  HCP: ["ATTENDING", "EMPLOYED", "ADMITTING", "CONSULTING"],
  ACCOUNT: ["OWNED", "MANAGED", "MEMBER"],
  ORGANIZATION: ["MEMBER"],
};

/** `influence` given as a word maps to these shares (docs/import.md). */
export const INFLUENCE_WORDS = { LOW: 0.25, MEDIUM: 0.5, HIGH: 0.75 } as const;

/** Channels through which an HCP is reached (customer experience; field activities map to the first seven). */
export const TOUCHPOINT_CHANNELS = [
  "REP_VISIT",
  "REMOTE_CALL",
  "PHONE",
  "EMAIL_CAMPAIGN",
  "WEBINAR",
  "EVENT",
  "SELF_DETAILING",
  "MEDICAL_INFORMATION",
  "PATIENT_SUPPORT",
] as const;
export type TouchpointChannel = (typeof TOUCHPOINT_CHANNELS)[number];

/** The default customer journey; a touchpoint names one of these stages or none. */
export const JOURNEY_STAGES = ["AWARENESS", "CONSIDERATION", "TRIAL", "ADOPTION", "ADVOCACY"] as const;

/** "Message taken" events of a touchpoint. */
export const TOUCHPOINT_EVENTS = ["OPENED", "CLICKED", "ATTENDED", "COMPLETED"] as const;

/** Feedback scales: NPS 0-10, CSAT 1-5. */
export const FEEDBACK_KINDS = ["NPS", "CSAT"] as const;
export type FeedbackKind = (typeof FEEDBACK_KINDS)[number];

/** What a feedback answer is about. */
export const FEEDBACK_TOPICS = ["INTERACTION", "EVENT", "PRODUCT", "COMPANY"] as const;
