import { describe, expect, it } from "vitest";
import { useImportFixture } from "./use-import-fixture.ts";

const f = useImportFixture("ingmode");
const HCP_HEADER = "id,first_name,last_name,credential,specialty,city,state,zip,lat,lon";
const AFF_HEADER = "child_id,parent_id,weight,primary,type,influence,valid_from,valid_to,source";
const hcpLine = (id: string, first = "Ann") => `${f.p}${id},${first},Lee,MD,Cardiology,Austin,TX,78701,30.2,-97.7`;

const hcpsNamed = (prefix: string) =>
  f.query("MATCH (h:HCP) WHERE h.id STARTS WITH $p + $x RETURN h.id AS id, h.firstName AS first ORDER BY id", { x: prefix });
const auditOf = (subjectPrefix: string) =>
  f.query(
    "MATCH (a:AuditEvent) WHERE a.fromId STARTS WITH $p + $x RETURN a.action AS action, a.subject AS subject, a.before AS before, a.after AS after, a.actor AS actor, a.importId AS importId ORDER BY a.at",
    { x: subjectPrefix },
  );

describe("import modes", () => {
  it("dry-run validates and reports, writes nothing, and is recorded", async () => {
    const s = await f.run("hcps", f.file("dry.csv", [HCP_HEADER, hcpLine("DRY1"), hcpLine("DRY2")]), { mode: "dry-run" });
    expect(s).toMatchObject({
      status: "VALIDATED",
      rowsRead: 2,
      created: 0,
      rejected: 0,
      message: "Dry run: 2 rows are valid; nothing was written.",
    });
    expect(await hcpsNamed("DRY")).toEqual([]);
    const [record] = await f.query("MATCH (i:Import {id: $id}) RETURN i {.status, .mode, .actor, .checksum, .rowsRead, .fileName} AS i", {
      id: s.importId,
    });
    expect(record.i).toMatchObject({
      status: "VALIDATED",
      mode: "dry-run",
      actor: f.g.users.steward,
      rowsRead: 2,
      fileName: `${f.p}dry.csv`,
    });
    expect(record.i.checksum).toMatch(/^[0-9a-f]{64}$/);
  });

  it("all-or-nothing: one bad row and nothing is written", async () => {
    const s = await f.run(
      "hcps",
      f.file("aon.csv", [HCP_HEADER, hcpLine("AON1"), `${f.p}AON2,Bob,Lee,MD,Cardiology,Austin,TX,78701,30.2,east`, hcpLine("AON3")]),
    );
    expect(s).toMatchObject({ status: "REJECTED", rowsRead: 3, rejected: 1, created: 0 });
    expect(await hcpsNamed("AON")).toEqual([]);
  });

  it("partial: the valid rows are written, the others reported", async () => {
    const s = await f.run(
      "hcps",
      f.file("partial.csv", [HCP_HEADER, hcpLine("PAR1"), `${f.p}PAR2,Bob,Lee,MD,Cardiology,Austin,TX,78701,30.2,east`, hcpLine("PAR3")]),
      { mode: "partial" },
    );
    expect(s).toMatchObject({ status: "COMPLETED_WITH_ERRORS", rowsRead: 3, created: 2, rejected: 1 });
    expect(s.problems).toEqual([{ row: 3, column: "lon", value: "east", message: "must be a number" }]);
    expect((await hcpsNamed("PAR")).map((h) => h.id)).toEqual([`${f.p}PAR1`, `${f.p}PAR3`]);
  });

  it("is idempotent: the same file twice changes nothing the second time", async () => {
    const file = f.file("twice.csv", [HCP_HEADER, hcpLine("TW1"), hcpLine("TW2")]);
    expect(await f.run("hcps", file)).toMatchObject({ status: "SUCCEEDED", created: 2, updated: 0, unchanged: 0 });
    const again = await f.run("hcps", file);
    expect(again).toMatchObject({ status: "SUCCEEDED", created: 0, updated: 0, unchanged: 2 });
    expect(again.message).toMatch(/^0 changed/);
    const changed = await f.run("hcps", f.file("twice-changed.csv", [HCP_HEADER, hcpLine("TW1", "Anna"), hcpLine("TW2")]));
    expect(changed).toMatchObject({ created: 0, updated: 1, unchanged: 1 });
    expect(await hcpsNamed("TW")).toEqual([
      { id: `${f.p}TW1`, first: "Anna" },
      { id: `${f.p}TW2`, first: "Ann" },
    ]);
  });

  it("edges: upsert by child, parent and valid_from, version bumped, one audit event per changed edge", async () => {
    await f.run("hcps", f.file("edge-hcps.csv", [HCP_HEADER, hcpLine("E1"), hcpLine("E2")]));
    const file = f.file("edges.csv", [
      AFF_HEADER,
      `${f.p}E1,${f.p}ACC1,0.7,true,ATTENDING,HIGH,2025-01-01,,`,
      `${f.p}E1,${f.p}ACC2,0.3,false,CONSULTING,,2025-01-01,,FIELD`,
      `${f.p}E2,${f.p}ACC2,1,yes,EMPLOYED,0.4,2025-01-01,,`,
    ]);
    const first = await f.run("affiliations", file);
    expect(first).toMatchObject({ status: "SUCCEEDED", created: 3, updated: 0 });
    expect(await f.run("affiliations", file)).toMatchObject({
      created: 0,
      updated: 0,
      unchanged: 3,
      message: expect.stringMatching(/^0 changed/),
    });

    const moved = await f.run(
      "affiliations",
      f.file("edges-moved.csv", [
        AFF_HEADER,
        `${f.p}E1,${f.p}ACC1,0.6,true,ATTENDING,HIGH,2025-01-01,,`,
        `${f.p}E1,${f.p}ACC2,0.4,false,CONSULTING,,2025-01-01,,FIELD`,
        `${f.p}E2,${f.p}ACC2,1,yes,EMPLOYED,0.4,2025-01-01,,`,
      ]),
    );
    expect(moved).toMatchObject({ created: 0, updated: 2, unchanged: 1 });

    const edges = await f.query(
      "MATCH (h:HCP)-[e:AFFILIATED_WITH]->(a) WHERE h.id STARTS WITH $p + 'E' RETURN h.id AS child, a.id AS parent, e.weight AS weight, e.version AS version, e.influence AS influence, e.source AS source, e.confidence AS confidence ORDER BY child, parent",
    );
    expect(edges).toEqual([
      { child: `${f.p}E1`, parent: `${f.p}ACC1`, weight: 0.6, version: 2, influence: 0.75, source: "MASTER_LIST", confidence: 1 },
      { child: `${f.p}E1`, parent: `${f.p}ACC2`, weight: 0.4, version: 2, influence: null, source: "FIELD", confidence: 1 },
      { child: `${f.p}E2`, parent: `${f.p}ACC2`, weight: 1, version: 1, influence: 0.4, source: "MASTER_LIST", confidence: 1 },
    ]);

    const audit = await auditOf("E");
    expect(audit.map((a) => a.action)).toEqual(["CREATE", "CREATE", "CREATE", "UPDATE", "UPDATE"]);
    expect(audit.every((a) => a.subject === "AFFILIATION" && a.actor === f.g.users.steward)).toBe(true);
    const update = audit.find((a) => a.action === "UPDATE" && JSON.parse(a.after).parentId === `${f.p}ACC1`)!;
    expect(JSON.parse(update.before)).toMatchObject({ weight: 0.7, version: 1, childId: `${f.p}E1` });
    expect(JSON.parse(update.after)).toMatchObject({ weight: 0.6, version: 2, validFrom: "2025-01-01" });
    expect(update.importId).toBe(moved.importId);
  });

  it("JSON Lines files import like CSV", async () => {
    const file = f.file("orgs.jsonl", [
      JSON.stringify({ id: `${f.p}JO1`, name: "Json Health", kind: "idn", state: "tx" }),
      JSON.stringify({ id: `${f.p}JO2`, name: "Json Group", kind: "MEDICAL_GROUP", state: null }),
    ]);
    expect(await f.run("organizations", file)).toMatchObject({ status: "SUCCEEDED", created: 2 });
    expect(
      await f.query("MATCH (o:Organization) WHERE o.id STARTS WITH $p + 'JO' RETURN o {.id, .kind, .state} AS o ORDER BY o.id"),
    ).toEqual([{ o: { id: `${f.p}JO1`, kind: "IDN", state: "TX" } }, { o: { id: `${f.p}JO2`, kind: "MEDICAL_GROUP", state: null } }]);
  });

  it("every kind writes what its rows say", async () => {
    expect(await f.run("networks", f.file("nets.csv", ["id,name,kind", `${f.p}KN1,Kind Net,GPO`]))).toMatchObject({ created: 1 });
    expect(
      await f.run(
        "accounts",
        f.file("accs.csv", ["id,name,kind,city,state,zip,lat,lon", `${f.p}KA1,Kind Clinic,clinic,Austin,TX,78701,30.2,-97.7`]),
      ),
    ).toMatchObject({ created: 1 });
    expect(
      await f.run(
        "influences",
        f.file("infl.csv", ["from_id,to_id,weight,type", `${f.p}HCP2,${f.p}HCP1a,0.4,REFERRAL`, `${f.p}HCP1a,${f.p}HCP2,0.5,KOL`]),
      ),
    ).toMatchObject({
      created: 1,
      updated: 1,
    });
    expect(
      await f.run(
        "metrics",
        f.file("metrics.csv", ["entity_id,metric,period,value", `${f.p}KA1,SALES,2026-Q3,1200.5`, `${f.p}HCP1a,TRX,2026-Q3,100`]),
      ),
    ).toMatchObject({
      created: 1,
      unchanged: 1,
    });
    expect(
      await f.run(
        "territories",
        f.file("terr.csv", [
          "id,name,region,entity_id",
          `${f.p}KT1,Kind Territory,West,${f.p}KA1`,
          `${f.p}KT1,Kind Territory,West,${f.p}HCP2`,
          `${f.p}KT2,Empty Territory,West,`,
        ]),
      ),
    ).toMatchObject({
      created: 3,
    });
    expect(
      await f.run(
        "users",
        f.file("users.csv", ["id,name,email,role,territory_ids", `${f.p}KU1,Kim Rep,kim@example.com,rep,${f.p}KT1;${f.p}T2`]),
      ),
    ).toMatchObject({ created: 1 });
    expect(
      await f.run(
        "users",
        f.file("kams.csv", ["id,name,email,role,account_ids", `${f.p}KK1,Kai Kam,kai@example.com,KAM,${f.p}KA1;${f.p}ORG`]),
      ),
    ).toMatchObject({ created: 1 });
    expect(await f.query("MATCH (:User {id: $p + 'KK1'})-[:KEY_ACCOUNT]->(k) RETURN k.id AS k ORDER BY k")).toEqual([
      { k: `${f.p}KA1` },
      { k: `${f.p}ORG` },
    ]);

    const [state] = await f.query(`
      MATCH (:HCP {id: $p + 'HCP1a'})-[i:INFLUENCES {type: 'KOL'}]->(:HCP {id: $p + 'HCP2'})
      MATCH (m:MetricValue {id: $p + 'KA1|SALES|2026-Q3'})<-[:HAS_METRIC]-(:Account {id: $p + 'KA1'})
      MATCH (u:User:Rep {id: $p + 'KU1'})
      RETURN i.weight AS influence, m.value AS sales,
             [(x)-[:ALIGNED_TO]->(:Territory {id: $p + 'KT1'}) | x.id] AS aligned,
             [(u)-[:COVERS]->(t) | t.id] AS covers`);
    expect(state.influence).toBe(0.5);
    expect(state.sales).toBe(1200.5);
    expect(state.aligned.sort()).toEqual([`${f.p}HCP2`, `${f.p}KA1`]);
    expect(state.covers.sort()).toEqual([`${f.p}KT1`, `${f.p}T2`]);

    // Replacing the rep's territories removes the one no longer listed (audited).
    expect(
      await f.run("users", f.file("users2.csv", ["id,name,email,role,territory_ids", `${f.p}KU1,Kim Rep,kim@example.com,REP,${f.p}KT1`])),
    ).toMatchObject({ updated: 1 });
    expect(await f.query("MATCH (:User {id: $p + 'KU1'})-[:COVERS]->(t) RETURN t.id AS t")).toEqual([{ t: `${f.p}KT1` }]);
    const coverage = await f.query(
      "MATCH (a:AuditEvent {subject: 'COVERAGE'}) WHERE a.fromId = $p + 'KU1' RETURN a.action AS action, a.toId AS territory ORDER BY a.at, action",
    );
    expect(coverage).toEqual(expect.arrayContaining([{ action: "DELETE", territory: `${f.p}T2` }]));
    expect(coverage).toHaveLength(3);
  });
});
