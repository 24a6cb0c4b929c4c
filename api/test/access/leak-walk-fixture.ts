import { beforeAll, expect } from "vitest";
import { addTrxValues } from "../fixtures/two-territory-graph.ts";
import { type TwoTerritoryApi, useTwoTerritoryApi } from "../fixtures/use-two-territory-api.ts";
import { ownValueOf, type ValuedEntity } from "./telltale-values.ts";

/** A metric period only this fixture has values in: every value of it is a telltale. */
export const WALK_PERIOD = "2037-Q2";

type RepName = "rep1" | "rep2";
type EntityKey = "hcp1a" | "hcp1b" | "acc1" | "hcp2" | "acc2";

/** What one REP may not see, in the forms a response could carry it. */
export interface RepView {
  name: RepName;
  userId: string;
  /** Ids and NPIs: a request naming one is also run with a look-alike that does not exist. */
  hiddenKeys: string[];
  /** Display names of hidden HCPs, accounts and users. */
  hiddenNames: string[];
  /** Entities whose own values must not reach the REP, alone or in any sum. */
  hiddenValues: ValuedEntity[];
}

/** What the query generator draws arguments from: both territories' ids, names and values. */
export interface RequestAtoms {
  /** Entities, territories and metric values. */
  ids: string[];
  userIds: string[];
  names: string[];
  npis: string[];
  edgeIds: string[];
  numbers: number[];
  periods: string[];
  dates: string[];
  surname: string;
  prefix: string;
}

export interface LeakWalkFixture extends TwoTerritoryApi {
  reps: RepView[];
  atoms: RequestAtoms;
}

const ENTITY_OF_KEY: Record<EntityKey, ValuedEntity> = { hcp1a: "HCP1a", hcp1b: "HCP1b", acc1: "ACC1", hcp2: "HCP2", acc2: "ACC2" };
const EDGES = [
  "E-org-net",
  "E-a1-org",
  "E-a2-org",
  "E-h1a-a1",
  "E-h1b-a1",
  "E-h1b-a2",
  "E-h2-a2",
  "E-h2-old",
  "I-1a-2",
  "I-1a-1b",
  "I-2-1b",
];
const USER_NAMES = {
  rep1: "Rita Rep",
  rep2: "Ron Rep",
  kam: "Kim Kam",
  analyst: "Ana Lyst",
  admin: "Ada Min",
  steward: "Stu Ward",
  manager: "Max Manager",
} as const;

/** Per REP: the entities of the other territory, and the edges with an end there. */
const HIDDEN: Record<RepName, { entities: EntityKey[]; edges: string[] }> = {
  rep1: { entities: ["hcp2", "acc2"], edges: ["E-a2-org", "E-h1b-a2", "E-h2-a2", "E-h2-old", "I-1a-2", "I-2-1b"] },
  rep2: {
    entities: ["hcp1a", "hcp1b", "acc1"],
    edges: ["E-a1-org", "E-h1a-a1", "E-h1b-a1", "E-h1b-a2", "E-h2-old", "I-1a-2", "I-1a-1b", "I-2-1b"],
  },
};

const SET_OWN_VALUE = `
MATCH (n {id: $id})-[:HAS_METRIC]->(m:MetricValue {metric: $metric, period: $period}) SET m.value = $value`;

const ADD_OWN_VALUE = `
MATCH (n {id: $id})
CREATE (n)-[:HAS_METRIC]->(:MetricValue {id: $id + '|TRX|' + $period, entityId: $id, metric: 'TRX', period: $period, value: $value})`;

const NAMES_AND_NPIS = `MATCH (n) WHERE n.id STARTS WITH $prefix AND (n:HCP OR n:Account) RETURN n.id AS id, n.name AS name, n.npi AS npi`;

/**
 * The two-territory fixture with telltale own values (the fixture's 2026-Q3 values and a whole
 * period of their own, organization and network included, materialized), audit events of edges in
 * both territories, and a pending change request by each REP.
 */
export function useLeakWalkFixture(): LeakWalkFixture {
  const f = useTwoTerritoryApi("leakwalk") as LeakWalkFixture;
  beforeAll(async () => {
    const { driver, api, g } = f;
    for (const [entity, metric] of [
      ["HCP1a", "TRX"],
      ["HCP2", "TRX"],
      ["ACC2", "SALES"],
    ] as const) {
      await driver.executeQuery(SET_OWN_VALUE, { id: g.prefix + entity, metric, period: "2026-Q3", value: ownValueOf(entity) });
    }
    await addTrxValues(driver, g, WALK_PERIOD, Object.fromEntries(Object.values(ENTITY_OF_KEY).map((e) => [e, ownValueOf(e)])));
    for (const [id, entity] of [
      [g.ids.org, "ORG"],
      [g.ids.net, "NET"],
    ] as const) {
      await driver.executeQuery(ADD_OWN_VALUE, { id, period: WALK_PERIOD, value: ownValueOf(entity) });
    }
    const materialized = await api.as(g.users.admin, `mutation { materializeRollups(metric: TRX, period: "${WALK_PERIOD}") { nodes } }`);
    expect(materialized.errors).toBeUndefined();

    const edit = (edge: string, version: number) => ({
      op: "UPDATE_AFFILIATION",
      edgeId: g.prefix + edge,
      expectedVersion: version,
      confidence: 0.55,
    });
    const change = `mutation($ops: String!, $reason: String!) { c: applyChange(operations: $ops, reason: $reason) { op } }`;
    const steward = await api.as(g.users.steward, change, {
      ops: JSON.stringify([edit("E-h2-old", 3), edit("E-h1b-a2", 1), edit("E-a1-org", 1)]),
      reason: "leak walk fixture",
    });
    expect(steward.errors).toBeUndefined();
    const propose = `mutation($ops: String!, $reason: String!) { proposeChange(operations: $ops, reason: $reason) { id } }`;
    for (const [rep, edge] of [
      [g.users.rep1, "E-h1a-a1"],
      [g.users.rep2, "E-h2-a2"],
    ] as const) {
      const proposed = await api.as(rep, propose, { ops: JSON.stringify([edit(edge, 1)]), reason: `proposal of ${rep}` });
      expect(proposed.errors).toBeUndefined();
    }

    const rows = (await driver.executeQuery(NAMES_AND_NPIS, { prefix: g.prefix })).records.map((r) => r.toObject());
    const entity = (key: EntityKey) => rows.find((r) => r.id === g.ids[key])!;
    const repView = (name: RepName): RepView => {
      const hidden = HIDDEN[name];
      const otherUsers = Object.entries(g.users).filter(([role]) => role !== name);
      return {
        name,
        userId: g.users[name],
        hiddenKeys: [
          ...hidden.entities.flatMap((k) => [g.ids[k], entity(k).npi as string | null].filter((s): s is string => Boolean(s))),
          ...hidden.edges.map((e) => g.prefix + e),
          ...otherUsers.map(([, id]) => id),
        ],
        hiddenNames: [
          ...hidden.entities.map((k) => entity(k).name as string),
          ...otherUsers.map(([role]) => USER_NAMES[role as keyof typeof USER_NAMES]),
        ],
        hiddenValues: [...hidden.entities.map((k) => ENTITY_OF_KEY[k]), "ORG", "NET"],
      };
    };
    f.reps = [repView("rep1"), repView("rep2")];
    f.atoms = {
      ids: [...Object.values(g.ids), `${g.prefix}HCP2|TRX|2026-Q3`, `${g.prefix}HCP1a|TRX|${WALK_PERIOD}`],
      userIds: Object.values(g.users),
      names: [...rows.map((r) => r.name as string), `Health System ${g.surname}`, `Net ${g.surname}`, ...Object.values(USER_NAMES)],
      npis: rows.map((r) => r.npi as string | null).filter((s): s is string => Boolean(s)),
      edgeIds: EDGES.map((e) => g.prefix + e),
      numbers: [...Object.values(ENTITY_OF_KEY).map(ownValueOf), ownValueOf("ORG"), 0.5, 1, 100],
      periods: ["2026-Q3", WALK_PERIOD],
      dates: ["2000-01-01", "2015-06-30", "2019-12-31", "2020-01-01", "2030-01-01"],
      surname: g.surname,
      prefix: g.prefix,
    };
  });
  return f;
}
