/**
 * Persona rule sets in the graph: `(:PersonaRuleSet {id: 'key|version', key, version, status
 * DRAFT | ACTIVE | RETIRED, name, definition (JSON), createdBy, createdAt, activatedBy,
 * activatedAt})`. Drafts can be replaced; activated versions never change; one rule set (of any
 * key) is ACTIVE, and its assignments are the ones stored on the HCPs.
 */
import type { Driver } from "neo4j-driver";
import { ModelImmutableError, type ModelStatus } from "../../analytics/scoring/scoring-store.ts";
import type { CypherRunner } from "../../db/cypher-runner.ts";
import { toNative } from "../../db/to-native.ts";
import { DomainError, ErrorCode } from "../../graphql/errors.ts";
import { DRAFT_VERSION } from "../../model/cypher-fragments.ts";
import { type ActiveRuleSet, assignAll } from "./assignment.ts";
import { PROFILE_SURVEY } from "./profile-survey.ts";
import { type PersonaRuleSet, personaRuleSetSchema } from "./rule-set.ts";

export interface StoredRuleSet {
  key: string;
  version: number;
  name: string;
  status: ModelStatus;
  definition: string;
  createdBy: string;
  createdAt: string;
  activatedAt: string | null;
}

const FIELDS = `rs {.key, .version, .name, .status, .definition, .createdBy, createdAt: toString(rs.createdAt), activatedAt: toString(rs.activatedAt)}`;

const LIST = `
MATCH (rs:PersonaRuleSet) WHERE $key IS NULL OR rs.key = $key
RETURN ${FIELDS} AS rs ORDER BY rs.key, rs.version DESC`;

/** A new draft version, or the latest version replaced while it is still a draft. */
const SAVE_DRAFT = `
${DRAFT_VERSION("PersonaRuleSet", "key")}
MERGE (rs:PersonaRuleSet {id: $key + '|' + toString(version)})
ON CREATE SET rs.key = $key, rs.version = version, rs.status = 'DRAFT'
SET rs.name = $name, rs.definition = $definition, rs.createdBy = $actor, rs.createdAt = datetime()
RETURN ${FIELDS} AS rs`;

/** Every other active rule set, whatever its key, is retired: HCPs have one persona. */
const ACTIVATE = `
MATCH (rs:PersonaRuleSet {key: $key, version: $version})
OPTIONAL MATCH (previous:PersonaRuleSet {status: 'ACTIVE'}) WHERE previous <> rs
SET previous.status = 'RETIRED'
SET rs.status = 'ACTIVE', rs.activatedBy = $actor, rs.activatedAt = coalesce(rs.activatedAt, datetime())`;

const ACTIVE = `MATCH (rs:PersonaRuleSet {status: 'ACTIVE'}) RETURN rs.id AS id, rs.definition AS definition LIMIT 1`;

/** The built-in questionnaire as version 1, active, unless the key has versions already (an analyst's stay as they are). */
const INSTALL_PROFILE_SURVEY = `
OPTIONAL MATCH (any:Survey {key: $key})
WITH count(any) AS versions WHERE versions = 0
MERGE (s:Survey {id: $key + '|1'})
ON CREATE SET s.key = $key, s.version = 1, s.status = 'ACTIVE', s.subject = $subject, s.name = $name, s.definition = $definition,
  s.createdBy = 'system', s.createdAt = datetime(), s.activatedBy = 'system', s.activatedAt = datetime()`;

export class RuleSetNotFoundError extends DomainError {
  constructor(key: string, version: number) {
    super(ErrorCode.NOT_FOUND, `Persona rule set ${key} version ${version} not found`);
  }
}

export async function listRuleSets(driver: Driver, key: string | null): Promise<StoredRuleSet[]> {
  const { records } = await driver.executeQuery(LIST, { key }, { routing: "READ" });
  return records.map((r) => toNative(r.get("rs")) as StoredRuleSet);
}

/** The questionnaire reps answer to profile HCPs, installed with the first rule set saved. */
async function installProfileSurvey(driver: Driver): Promise<void> {
  const { key, subject, name } = PROFILE_SURVEY;
  await driver.executeQuery(INSTALL_PROFILE_SURVEY, { key, subject, name, definition: JSON.stringify(PROFILE_SURVEY) });
}

export async function saveDraft(driver: Driver, ruleSet: PersonaRuleSet, actor: string): Promise<StoredRuleSet> {
  await installProfileSurvey(driver);
  const { records } = await driver.executeQuery(SAVE_DRAFT, {
    key: ruleSet.key,
    name: ruleSet.name,
    definition: JSON.stringify(ruleSet),
    actor,
  });
  return toNative(records[0]!.get("rs")) as StoredRuleSet;
}

export async function activeRuleSet(run: CypherRunner): Promise<ActiveRuleSet | null> {
  const r = (await run(ACTIVE, {}))[0];
  return r ? { id: r.get("id") as string, ruleSet: personaRuleSetSchema.parse(JSON.parse(r.get("definition") as string)) } : null;
}

/**
 * Makes a version the active rule set (retiring the one before) and assigns every HCP under it.
 * Activating the active version again re-assigns every HCP: after an interrupted activation, or
 * to give new HCPs and changed affiliations their persona.
 */
export async function activateRuleSet(driver: Driver, key: string, version: number, actor: string) {
  const started = performance.now();
  const stored = (await listRuleSets(driver, key)).find((rs) => rs.version === version);
  if (!stored) throw new RuleSetNotFoundError(key, version);
  if (stored.status === "RETIRED")
    throw new ModelImmutableError(`Version ${version} of ${key} was retired; save the definition again as a new version.`);
  await installProfileSurvey(driver);
  await driver.executeQuery(ACTIVATE, { key, version, actor });
  const ruleSet = personaRuleSetSchema.parse(JSON.parse(stored.definition));
  const outcome = await assignAll(driver, { id: `${key}|${version}`, ruleSet });
  return { key, version, ...outcome, milliseconds: Math.round(performance.now() - started), ruleSet };
}
