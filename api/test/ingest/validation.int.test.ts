import { describe, expect, it } from "vitest";
import { useImportFixture } from "./use-import-fixture.ts";

const f = useImportFixture("ingval");
const HCP_HEADER = "id,first_name,last_name,credential,specialty,city,state,zip,lat,lon";
const AFF_HEADER = "child_id,parent_id,weight,primary,type,influence,valid_from,valid_to,source";
const hcpLine = (id: string, rest = "Ann,Lee,MD,Cardiology,Austin,TX,78701,30.2,-97.7") => `${f.p}${id},${rest}`;

describe("import validation: every problem with row, column, value and message; nothing written", () => {
  it("types, enums, ranges and required values", async () => {
    const file = f.file("bad-cells.csv", [
      `${HCP_HEADER},npi`,
      hcpLine("V1"),
      hcpLine("V2", ",Lee,XX,Cardiology,Austin,Texas,787,95,-200,12345"),
      hcpLine("V3", "Ann,Lee,MD,Cardiology,Austin,TX,78701,abc,-97.7"),
    ]);
    const s = await f.run("hcps", file);
    expect(s.status).toBe("REJECTED");
    expect(s.message).toMatch(/nothing was written/);
    expect(s.problems).toEqual([
      { row: 3, column: "first_name", value: "", message: "is required" },
      { row: 3, column: "credential", value: "XX", message: "must be one of MD, DO, NP, PA, PharmD" },
      { row: 3, column: "state", value: "Texas", message: "must be a two-letter state code" },
      { row: 3, column: "zip", value: "787", message: "must be a 5-digit ZIP code (or ZIP+4)" },
      { row: 3, column: "lat", value: "95", message: "must be a number with -90 <= value <= 90" },
      { row: 3, column: "lon", value: "-200", message: "must be a number with -180 <= value <= 180" },
      { row: 3, column: "npi", value: "12345", message: "must be 10 digits" },
      { row: 4, column: "lat", value: "abc", message: "must be a number" },
    ]);
    expect(await f.query("MATCH (h:HCP) WHERE h.id STARTS WITH $p + 'V' RETURN h.id")).toEqual([]);
  });

  it("weights, flags and dates of affiliations", async () => {
    const file = f.file("bad-aff.csv", [
      AFF_HEADER,
      `${f.p}HCP2,${f.p}ACC1,0,true,ATTENDING,,2024-01-01,,`,
      `${f.p}HCP2,${f.p}ACC1,1.5,maybe,ATTENDING,2,2024-02-30,,VENDOR`,
      `${f.p}HCP2,${f.p}ACC1,0.5,false,ATTENDING,LOW,2024-05-01,2024-04-01,`,
    ]);
    const s = await f.run("affiliations", file);
    expect(s.problems.map((p) => [p.row, p.column, p.value, p.message])).toEqual([
      [2, "weight", "0", "must be a number with 0 < value <= 1"],
      [3, "weight", "1.5", "must be a number with 0 < value <= 1"],
      [3, "primary", "maybe", "must be true or false (also yes/no, y/n, 1/0)"],
      [3, "influence", "2", "must be LOW, MEDIUM, HIGH or a number from 0 to 1"],
      [3, "valid_from", "2024-02-30", "must be a date written YYYY-MM-DD"],
      [3, "source", "VENDOR", "must be one of MASTER_LIST, FIELD, STEWARD"],
      [4, "valid_to", "2024-04-01", "is before valid_from (2024-05-01)"],
    ]);
  });

  it("a missing required column rejects the file and names it; unknown columns are a warning", async () => {
    const missing = await f.run(
      "accounts",
      f.file("no-kind.csv", ["id,name,city,state,zip,lat,lon", `${f.p}X,Name,Austin,TX,78701,30,-97`]),
    );
    expect(missing.status).toBe("REJECTED");
    expect(missing.message).toMatch(/^Missing required column: kind\. The file has: id, name, city, state, zip, lat, lon/);

    const unknown = await f.run("organizations", f.file("extra.csv", ["ID,Name,KIND,Colour", `${f.p}ORG-X,New System,IDN,blue`]), {
      mode: "dry-run",
    });
    expect(unknown.status).toBe("VALIDATED");
    expect(unknown.warnings).toEqual(["Unknown column ignored: colour."]);
  });

  it("duplicate ids and duplicate edges within the file", async () => {
    const ids = await f.run("hcps", f.file("dup-ids.csv", [HCP_HEADER, hcpLine("D1"), hcpLine("D2"), hcpLine("D1")]));
    expect(ids.problems).toEqual([{ row: 4, column: "id", value: `${f.p}D1`, message: "duplicate of row 2 (same id)" }]);

    const edge = `${f.p}HCP1b,${f.p}ACC1,0.5,true,EMPLOYED,,2020-01-01,,FIELD`;
    const edges = await f.run("affiliations", f.file("dup-edges.csv", [AFF_HEADER, edge, edge]));
    expect(edges.problems).toEqual([
      {
        row: 3,
        column: "child_id+parent_id+valid_from",
        value: `${f.p}HCP1b|${f.p}ACC1|2020-01-01`,
        message: "duplicate of row 2 (same child_id, parent_id, valid_from)",
      },
    ]);
  });

  it("unknown ids and ids of the wrong kind", async () => {
    const aff = await f.run("affiliations", f.file("unknown.csv", [AFF_HEADER, `${f.p}NOPE,${f.p}ACC1,1,true,ATTENDING,,2024-01-01,,`]));
    expect(aff.problems).toEqual([
      { row: 2, column: "child_id", value: `${f.p}NOPE`, message: "unknown id: no HCP or ACCOUNT or ORGANIZATION with this id" },
    ]);

    const inf = await f.run("influences", f.file("wrong-kind.csv", ["from_id,to_id,weight,type", `${f.p}HCP1a,${f.p}ACC1,0.5,KOL`]));
    expect(inf.problems).toEqual([{ row: 2, column: "to_id", value: `${f.p}ACC1`, message: "is a ACCOUNT, expected HCP" }]);

    const metric = await f.run("metrics", f.file("metric.csv", ["entity_id,metric,period,value", `${f.p}GHOST,TRX,2026-Q3,5`]));
    expect(metric.problems[0]).toMatchObject({ row: 2, column: "entity_id", message: expect.stringMatching(/^unknown id/) });
  });

  it("wrong levels: an HCP directly under a network, unless configured", async () => {
    const file = f.file("skip.csv", [AFF_HEADER, `${f.p}HCP2,${f.p}NET,0.1,false,CONSULTING,,2025-01-01,,`]);
    const refused = await f.run("affiliations", file, { mode: "dry-run" });
    expect(refused.problems).toEqual([
      { row: 2, column: "parent_id", value: `${f.p}NET`, message: expect.stringMatching(/^HCP -> NETWORK is not an allowed affiliation/) },
    ]);
    const allowed = await f.run("affiliations", file, { mode: "dry-run", levelPairs: ["HCP>NETWORK"] });
    expect(allowed.status).toBe("VALIDATED");
  });

  it("a child's active weights at one level above 1, counting the graph's edges", async () => {
    // HCP1a already has an open 1.0 edge to ACC1; adding 0.5 to ACC2 overlaps it.
    const s = await f.run("affiliations", f.file("over.csv", [AFF_HEADER, `${f.p}HCP1a,${f.p}ACC2,0.5,false,CONSULTING,,2025-01-01,,`]));
    expect(s.problems).toEqual([
      {
        row: 2,
        column: "weight",
        value: "0.5",
        message: `${f.p}HCP1a's active ACCOUNT weights sum to 1.5 on 2025-01-01, above 1: row 2 (0.5), existing edge to ${f.p}ACC1 (1)`,
      },
    ]);
    // The same file also ending the existing edge the day before is fine.
    const ok = await f.run(
      "affiliations",
      f.file("over-ok.csv", [
        AFF_HEADER,
        `${f.p}HCP1a,${f.p}ACC1,1,true,ATTENDING,0.8,2020-01-01,2024-12-31,`,
        `${f.p}HCP1a,${f.p}ACC2,0.5,true,CONSULTING,,2025-01-01,,`,
      ]),
      { mode: "dry-run" },
    );
    expect(ok.problems).toEqual([]);
  });

  it("more than one primary at one level", async () => {
    const s = await f.run(
      "affiliations",
      f.file("primaries.csv", [AFF_HEADER, `${f.p}HCP1b,${f.p}ACC2,0.5,true,CONSULTING,,2020-01-01,,FIELD`]),
    );
    // HCP1b's existing primary to ACC1 stays; the file makes the ACC2 edge primary too.
    expect(s.problems).toEqual([
      {
        row: 2,
        column: "primary",
        value: "true",
        message: `${f.p}HCP1b has 2 primary ACCOUNT affiliations on 2020-01-01: row 2, existing edge to ${f.p}ACC1`,
      },
    ]);
  });

  it("cycles through the file and the graph (nested organizations configured)", async () => {
    await f.run("organizations", f.file("orgs.csv", ["id,name,kind", `${f.p}OA,Org A,IDN`, `${f.p}OB,Org B,IDN`, `${f.p}OC,Org C,IDN`]));
    const levels = { levelPairs: ["ORGANIZATION>ORGANIZATION"] };
    const chain = await f.run(
      "affiliations",
      f.file("chain.csv", [AFF_HEADER, `${f.p}OA,${f.p}OB,1,true,MEMBER,,2024-01-01,,`, `${f.p}OB,${f.p}OC,1,true,MEMBER,,2024-01-01,,`]),
      levels,
    );
    expect(chain.status).toBe("SUCCEEDED");
    const loop = await f.run("affiliations", f.file("loop.csv", [AFF_HEADER, `${f.p}OC,${f.p}OA,1,true,MEMBER,,2024-01-01,,`]), levels);
    expect(loop.problems).toEqual([
      { row: 2, column: "parent_id", value: `${f.p}OA`, message: `creates a cycle: ${f.p}OC -> ${f.p}OA -> ${f.p}OB -> ${f.p}OC` },
    ]);
  });

  it("an unreadable file is rejected with the line named", async () => {
    const file = f.file(
      "latin1.csv",
      Buffer.concat([
        Buffer.from(`${HCP_HEADER}\n${hcpLine("L1")}\n${f.p}L2,J`),
        Buffer.from([0xfc]),
        Buffer.from("rgen,Lee,MD,Cardiology,Austin,TX,78701,30,-97\n"),
      ]) as any,
    );
    const s = await f.run("hcps", file);
    expect(s.status).toBe("REJECTED");
    expect(s.message).toBe("Line 3: the text is not valid UTF-8; save the file as UTF-8 and upload it again.");
    expect(await f.query("MATCH (h:HCP {id: $p + 'L1'}) RETURN h.id")).toEqual([]);
  });
});
