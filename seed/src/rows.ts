/** The rows the generator emits and the loader writes; property names follow docs/MODEL.md. */

export interface TerritoryRow {
  id: string;
  name: string;
  region: string;
}
export interface NetworkRow {
  id: string;
  name: string;
  kind: string;
}
export interface OrganizationRow {
  id: string;
  name: string;
  kind: string;
  state: string;
}
/** Where an HCP or account is: place, coordinates and the territory aligned by location. */
export interface Located {
  city: string;
  state: string;
  zip: string;
  lat: number;
  lon: number;
  territory: string;
}
export interface AccountRow extends Located {
  id: string;
  name: string;
  kind: string;
}
export interface HcpRow extends Located {
  id: string;
  npi: string;
  firstName: string;
  lastName: string;
  name: string;
  credential: string;
  specialty: string;
}
export interface AffiliationRow {
  id: string;
  child: string;
  parent: string;
  weight: number;
  primary: boolean;
  type: string;
  influence: number;
  validFrom: string;
  source: string;
  confidence: number;
}
export interface InfluenceRow {
  id: string;
  from: string;
  to: string;
  weight: number;
  type: string;
}
export interface MetricRow {
  id: string;
  entityId: string;
  metric: string;
  period: string;
  value: number;
}
export interface UserRow {
  id: string;
  name: string;
  email: string;
  role: string;
  covers: string[];
  manages: string[];
  baseLat: number | null;
  baseLon: number | null;
}
/** A touchpoint of a non-field channel (docs/EXPERIENCE.md). */
export interface TouchpointRow {
  id: string;
  hcpId: string;
  channel: string;
  stage: string;
  at: string;
  month: string;
  delivered: boolean;
  events: string[];
  minutes: number;
  campaign: string | null;
}
/** An NPS or CSAT answer of an HCP. */
export interface FeedbackRow {
  id: string;
  hcpId: string;
  kind: string;
  score: number;
  about: string;
  channel: string | null;
  answeredAt: string;
  month: string;
}
