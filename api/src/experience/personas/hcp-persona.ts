/** One HCP's stored persona with its explanation, for a caller who may see the HCP. */
import type { Driver } from "neo4j-driver";
import { DomainError, ErrorCode } from "../../graphql/errors.ts";
import type { AccessScope } from "../../model/access-scope.ts";
import { VISIBLE } from "../../model/cypher-fragments.ts";
import type { PersonaAssignment } from "./assign-persona.ts";
import { personaRuleSetSchema } from "./rule-set.ts";

const HCP_PERSONA = `
MATCH (h:HCP {id: $id}) WHERE ${VISIBLE("h")}
OPTIONAL MATCH (rs:PersonaRuleSet {id: h.personaRuleSet})
OPTIONAL MATCH (active:PersonaRuleSet {status: 'ACTIVE'})
RETURN h.persona AS persona, h.personaRuleSet AS ruleSet, h.personaExplanation AS explanation, rs.definition AS definition, active.id AS activeId`;

export interface HcpPersona {
  hcpId: string;
  persona: string | null;
  name: string | null;
  description: string | null;
  ruleSet: string | null;
  current: boolean;
  explanation: PersonaAssignment | null;
}

/** A hidden HCP is NOT_FOUND exactly like a missing one. */
export async function hcpPersona(driver: Driver, id: string, scope: AccessScope): Promise<HcpPersona> {
  const r = (await driver.executeQuery(HCP_PERSONA, { id, ...scope }, { routing: "READ" })).records[0];
  if (!r) throw new DomainError(ErrorCode.NOT_FOUND, `HCP ${id} not found`);
  const persona = r.get("persona") as string | null;
  const definition = r.get("definition") as string | null;
  const described = definition ? personaRuleSetSchema.parse(JSON.parse(definition)).personas.find((p) => p.key === persona) : undefined;
  const ruleSet = r.get("ruleSet") as string | null;
  const explanation = r.get("explanation") as string | null;
  return {
    hcpId: id,
    persona,
    name: described?.name ?? null,
    description: described?.description ?? null,
    ruleSet,
    current: ruleSet !== null && ruleSet === r.get("activeId"),
    explanation: explanation ? (JSON.parse(explanation) as PersonaAssignment) : null,
  };
}
