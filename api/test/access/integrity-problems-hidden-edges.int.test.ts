import { describe, expect, it } from "vitest";
import { useTwoTerritoryApi } from "../fixtures/use-two-territory-api.ts";

/**
 * HCP1b (territory 1) splits its weight 0.5/0.5 between ACC1 (territory 1) and ACC2 (territory 2).
 * When rep1 raises the weight of the visible edge to ACC1 to 1, the integrity check's answer lists
 * the HCP's other edges: "existing edge to ACC2 (0.5)", naming the hidden account and the hidden
 * edge's weight, in the message and in `extensions.problems`.
 */
const f = useTwoTerritoryApi("integrityhidden");

describe("integrity problems a REP reads", () => {
  it("name no edge to an account of another territory", async () => {
    const ops = [{ op: "UPDATE_AFFILIATION", edgeId: `${f.g.prefix}E-h1b-a1`, expectedVersion: 1, weight: 1 }];
    const answer = await f.api.as(f.g.users.rep1, `query($ops: String!) { previewChange(operations: $ops) { rollups { entityId } } }`, {
      ops: JSON.stringify(ops),
    });
    expect(answer.errors?.[0]?.extensions?.code).toBe("INTEGRITY_VIOLATION");
    expect(JSON.stringify(answer)).not.toContain(f.g.ids.acc2);
  });
});
