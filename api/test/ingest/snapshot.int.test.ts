import { describe, expect, it } from "vitest";
import { useImportFixture } from "./use-import-fixture.ts";

const f = useImportFixture("ingsnap");
const NET_HEADER = "id,name,kind";
const AFF_HEADER = "child_id,parent_id,weight,primary,type,influence,valid_from,valid_to,source";

describe("snapshot imports end-date what the file no longer lists, never delete, and are guarded", () => {
  it("end-dates absent entities when the share is within the limit; a later listing revives them", async () => {
    const ids = Array.from({ length: 20 }, (_, i) => `${f.p}SN${String(i).padStart(2, "0")}`);
    await f.run("networks", f.file("nets.csv", [NET_HEADER, ...ids.map((id) => `${id},Net ${id},ACO`)]));
    const opts = { snapshot: true, snapshotPrefix: `${f.p}SN` };

    const without19 = f.file("nets-19.csv", [NET_HEADER, ...ids.slice(0, 19).map((id) => `${id},Net ${id},ACO`)]);
    const s = await f.run("networks", without19, opts);
    expect(s).toMatchObject({ status: "SUCCEEDED", unchanged: 19, endDated: 1 });
    const ended = await f.query(
      "MATCH (n:Network) WHERE n.id STARTS WITH $p + 'SN' AND n.validTo IS NOT NULL RETURN n.id AS id, n.validTo < date() AS past",
    );
    expect(ended).toEqual([{ id: ids[19], past: true }]);
    expect(await f.query("MATCH (n:Network) WHERE n.id STARTS WITH $p + 'SN' RETURN count(n) AS n")).toEqual([{ n: 20 }]);

    const back = await f.run("networks", f.file("nets-all.csv", [NET_HEADER, ...ids.map((id) => `${id},Net ${id},ACO`)]), opts);
    expect(back).toMatchObject({ updated: 1, unchanged: 19, endDated: 0 });
  });

  it("refuses to end-date more than the allowed share unless forced", async () => {
    const ids = Array.from({ length: 10 }, (_, i) => `${f.p}SG${i}`);
    await f.run("networks", f.file("guard.csv", [NET_HEADER, ...ids.map((id) => `${id},Net,GPO`)]));
    const half = f.file("guard-half.csv", [NET_HEADER, ...ids.slice(0, 5).map((id) => `${id},Net,GPO`)]);
    const opts = { snapshot: true, snapshotPrefix: `${f.p}SG` };

    const refused = await f.run("networks", half, opts);
    expect(refused.status).toBe("REJECTED");
    expect(refused.message).toBe(
      "The snapshot would end-date 5 of 10 existing records (50.0%), more than the allowed 10.0%. Check that the file is complete; to proceed anyway, import with --force.",
    );
    expect(await f.query("MATCH (n:Network) WHERE n.id STARTS WITH $p + 'SG' AND n.validTo IS NOT NULL RETURN n.id")).toEqual([]);

    expect(await f.run("networks", half, { ...opts, snapshotMaxShare: 0.6 })).toMatchObject({ status: "SUCCEEDED", endDated: 5 });
    expect(await f.run("networks", f.file("guard-one.csv", [NET_HEADER, `${ids[0]},Net,GPO`]), opts)).toMatchObject({ status: "REJECTED" });
    expect(await f.run("networks", f.file("guard-one.csv", [NET_HEADER, `${ids[0]},Net,GPO`]), { ...opts, force: true })).toMatchObject({
      status: "SUCCEEDED",
      endDated: 4,
    });
  });

  it("end-dates absent affiliations of the covered level pairs, with an audit event each", async () => {
    // HCP1b has two edges (ACC1 0.5 primary, ACC2 0.5); the new master list moves it fully to ACC2.
    const file = f.file("aff.csv", [
      AFF_HEADER,
      `${f.p}HCP1b,${f.p}ACC2,1,true,CONSULTING,,2020-01-01,,FIELD`,
      `${f.p}HCP1a,${f.p}ACC1,1,true,ATTENDING,0.8,2020-01-01,,`,
      `${f.p}HCP2,${f.p}ACC2,1,true,ATTENDING,,2020-01-01,,`,
    ]);
    const s = await f.run("affiliations", file, { snapshot: true, snapshotPrefix: `${f.p}HCP`, force: true });
    expect(s).toMatchObject({ status: "SUCCEEDED", updated: 1, endDated: 1 });
    const edges = await f.query(
      "MATCH (h:HCP {id: $p + 'HCP1b'})-[e:AFFILIATED_WITH]->(a) RETURN a.id AS parent, e.weight AS w, e.primary AS primary, e.validTo < date() AS ended ORDER BY parent",
    );
    expect(edges).toEqual([
      { parent: `${f.p}ACC1`, w: 0.5, primary: true, ended: true },
      { parent: `${f.p}ACC2`, w: 1, primary: true, ended: null },
    ]);
    const audit = await f.query("MATCH (a:AuditEvent {importId: $id}) RETURN a.action AS action, a.toId AS parent ORDER BY action", {
      id: s.importId,
    });
    expect(audit).toEqual([
      { action: "END", parent: `${f.p}ACC1` },
      { action: "UPDATE", parent: `${f.p}ACC2` },
    ]);
  });

  it("applies only to kinds with effective dates", async () => {
    const s = await f.run("metrics", f.file("m.csv", ["entity_id,metric,period,value", `${f.p}HCP1a,TRX,2026-Q3,1`]), { snapshot: true });
    expect(s.status).toBe("REJECTED");
    expect(s.message).toMatch(/^--snapshot applies to hcps, accounts, organizations, networks and affiliations/);
  });
});
