/**
 * How many HCPs have each persona, by territory, by segment of an active HCP scoring model, or
 * by organization (docs/EXPERIENCE.md). HCPs without a persona count as '(none)', as do HCPs
 * without a score under the model. A restricted scope counts only HCPs aligned to its territories.
 */
import type { Driver } from "neo4j-driver";
import { NO_SEGMENT } from "../../analytics/scoring/simulate.ts";
import { listModels } from "../../analytics/scoring/scoring-store.ts";
import { toNative } from "../../db/to-native.ts";
import { DomainError, ErrorCode } from "../../graphql/errors.ts";
import type { AccessScope } from "../../model/access-scope.ts";
import { ACTIVE_ON } from "../../model/cypher-fragments.ts";

export const COUNT_GROUPINGS = ["TERRITORY", "SEGMENT", "ORGANIZATION"] as const;
export type CountGrouping = (typeof COUNT_GROUPINGS)[number];

const IN_SCOPE = (h: string) => `(NOT $restricted OR EXISTS { (${h})-[:ALIGNED_TO]->(st:Territory) WHERE st.id IN $territories })`;

/** An HCP aligned to several territories counts in each. */
const BY_TERRITORY = `
MATCH (t:Territory) WHERE NOT $restricted OR t.id IN $territories
MATCH (h:HCP)-[:ALIGNED_TO]->(t)
RETURN t.id AS group, t.name AS groupName, coalesce(h.persona, $none) AS persona, count(DISTINCT h) AS hcps, null AS weighted`;

const BY_SEGMENT = `
MATCH (h:HCP) WHERE ${IN_SCOPE("h")}
OPTIONAL MATCH (s:Score {model: $model, subjectId: h.id})
RETURN coalesce(s.segment, $none) AS group, null AS groupName, coalesce(h.persona, $none) AS persona, count(h) AS hcps, null AS weighted`;

/**
 * The HCPs with a path of AFFILIATED_WITH edges in effect today up to the organization, each
 * counted once (hcps) and with the sum over its paths of the product of the edges' weights
 * (weighted): the roll-up rule of docs/ANALYTICS.md with a value of 1 per HCP.
 */
const BY_ORGANIZATION = `
MATCH (o:Organization)
CALL (o) {
  MATCH path = (h:HCP)-[:AFFILIATED_WITH*1..]->(o)
  WHERE all(r IN relationships(path) WHERE ${ACTIVE_ON("r", "date()")}) AND ${IN_SCOPE("h")}
  WITH h, sum(reduce(w = 1.0, r IN relationships(path) | w * r.weight)) AS share
  RETURN coalesce(h.persona, $none) AS persona, count(h) AS hcps, sum(share) AS weighted
}
RETURN o.id AS group, o.name AS groupName, persona, hcps, weighted`;

const QUERIES: Record<CountGrouping, string> = { TERRITORY: BY_TERRITORY, SEGMENT: BY_SEGMENT, ORGANIZATION: BY_ORGANIZATION };

export interface PersonaCount {
  group: string;
  groupName: string | null;
  persona: string;
  hcps: number;
  /** Organizations only. */
  weighted: number | null;
}

/** The model of a segment count: one with an active version that scores HCPs. */
async function checkSegmentModel(driver: Driver, model: string | null): Promise<void> {
  const active = model ? (await listModels(driver, model)).find((m) => m.status === "ACTIVE") : undefined;
  if (active?.subject !== "HCP")
    throw new DomainError(
      ErrorCode.BAD_USER_INPUT,
      "Argument model: counts by SEGMENT need the name of a scoring model with an active version that scores HCPs",
      {
        argumentPath: ["model"],
      },
    );
}

export async function personaCounts(driver: Driver, by: CountGrouping, model: string | null, scope: AccessScope): Promise<PersonaCount[]> {
  if (by === "SEGMENT") await checkSegmentModel(driver, model);
  const { records } = await driver.executeQuery(QUERIES[by], { ...scope, model, none: NO_SEGMENT }, { routing: "READ" });
  return records
    .map((r) => toNative(r.toObject()) as PersonaCount)
    .sort((a, b) => a.group.localeCompare(b.group) || a.persona.localeCompare(b.persona));
}
