/**
 * The journey of a group of HCPs: per HCP, its staged touchpoints in the months `$from`..`$to`
 * by stage and channel, with the first time at each. The HCPs: those of `$persona` (or all) among
 * the HCPs aligned to `$territoryId`, below the entity `$id` along edges active today, or every
 * HCP the caller may see. An HCP counts once however many paths lead it to the entity.
 */
import { ENTITY_BY_ID, VISIBLE } from "../../model/cypher-fragments.ts";
import { ACTIVE_TODAY } from "../facts/experience-queries.ts";

const OF_PERSONA = (h: string) => `($persona IS NULL OR ${h}.persona = $persona)`;

export const JOURNEY_TOUCHPOINTS = `
CALL () {
  WITH $id AS id WHERE id IS NULL AND $territoryId IS NULL
  MATCH (h:HCP) WHERE ${OF_PERSONA("h")} AND ${VISIBLE("h")}
  RETURN h
  UNION
  WITH $territoryId AS territoryId WHERE territoryId IS NOT NULL
  MATCH (:Territory {id: territoryId})<-[:ALIGNED_TO]-(h:HCP) WHERE ${OF_PERSONA("h")}
  RETURN h
  UNION
  WITH $id AS id WHERE id IS NOT NULL
  ${ENTITY_BY_ID("n", "id")}
  MATCH path = (h:HCP)-[:AFFILIATED_WITH*0..3]->(n)
  WHERE all(r IN relationships(path) WHERE ${ACTIVE_TODAY("r")}) AND ${OF_PERSONA("h")} AND ${VISIBLE("h")}
  RETURN DISTINCT h
}
MATCH (t:Touchpoint {hcpId: h.id}) WHERE t.stage IS NOT NULL AND t.month >= $from AND t.month <= $to
WITH h, t.stage AS stage, t.channel AS channel, count(*) AS touchpoints, min(t.at) AS first
RETURN h.id AS hcp, collect([stage, channel, touchpoints, first.epochMillis]) AS rows`;
