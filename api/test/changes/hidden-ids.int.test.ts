import { describe, expect, it } from "vitest";
import { useTwoTerritoryApi } from "../fixtures/use-two-territory-api.ts";

/** A REP may not learn from an error whether another territory's id exists, nor whose it is. */
const f = useTwoTerritoryApi("hiddenids");

const PROPOSE = `mutation($ops: String!) { proposeChange(operations: $ops, reason: "probe") { id } }`;
const update = (edgeId: string) => JSON.stringify([{ op: "UPDATE_AFFILIATION", edgeId, expectedVersion: 1, confidence: 0.5 }]);

describe("hidden and missing ids answer alike", () => {
  it("regression: a REP naming another territory's edge gets the same answer as for a missing one, naming no hidden entity", async () => {
    const hiddenEdge = `${f.g.prefix}E-h2-a2`;
    const missingEdge = `${f.g.prefix}E-none`;
    const hidden = await f.api.as(f.g.users.rep1, PROPOSE, { ops: update(hiddenEdge) });
    const missing = await f.api.as(f.g.users.rep1, PROPOSE, { ops: update(missingEdge) });
    expect(hidden.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(missing.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(hidden.errors?.[0]?.message.replace(hiddenEdge, "ID")).toBe(missing.errors?.[0]?.message.replace(missingEdge, "ID"));
    expect(hidden.errors?.[0]?.message).not.toContain(f.g.ids.hcp2);
  });
});

describe("edges to another territory", () => {
  it("regression: a stale proposal on the REP's HCP's edge to another territory's account is answered like a missing edge, naming no account", async () => {
    // HCP1b (territory 1) also works at ACC2 (territory 2): the parent is not the rep's to see, so neither is the edge.
    const stale = (edgeId: string) =>
      f.api.as(f.g.users.rep1, PROPOSE, {
        ops: JSON.stringify([{ op: "UPDATE_AFFILIATION", edgeId, expectedVersion: 0, confidence: 0.5 }]),
      });
    const hiddenEdge = `${f.g.prefix}E-h1b-a2`;
    const missingEdge = `${f.g.prefix}E-gone`;
    const hidden = await stale(hiddenEdge);
    const missing = await stale(missingEdge);
    expect(hidden.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(JSON.stringify(hidden.errors).replaceAll(hiddenEdge, "ID")).toBe(JSON.stringify(missing.errors).replaceAll(missingEdge, "ID"));
    expect(JSON.stringify(hidden.errors)).not.toContain(f.g.ids.acc2);
    const steward = await f.api.as(f.g.users.steward, PROPOSE, {
      ops: JSON.stringify([{ op: "UPDATE_AFFILIATION", edgeId: hiddenEdge, expectedVersion: 0, confidence: 0.5 }]),
    });
    expect(steward.errors?.[0]?.extensions?.current).toMatchObject({ parentId: f.g.ids.acc2, version: 1 });
  });
});
