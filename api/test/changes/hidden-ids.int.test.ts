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
