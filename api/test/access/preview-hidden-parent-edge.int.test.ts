import { describe, expect, it } from "vitest";
import { useTwoTerritoryApi } from "../fixtures/use-two-territory-api.ts";

/**
 * HCP1b (territory 1) has a second edge, E-h1b-a2, to ACC2 (territory 2). The territory check of
 * the change path looks at the edge's child only, so rep1 may preview changes to that edge, and
 * the answer gives the hidden edge and account away: a stale version comes back as CONFLICT with
 * the edge's state (`extensions.current.parentId` = ACC2, weight, version), a current one with
 * ACC2's roll-up and territory 2's credit. An edge rep1 may not see must answer like a missing one.
 */
const f = useTwoTerritoryApi("previewparent");

const PREVIEW = `query($ops: String!) { previewChange(operations: $ops) { rollups { entityId } territories { territoryId } } }`;
const preview = (edgeId: string, expectedVersion: number) =>
  f.api.as(f.g.users.rep1, PREVIEW, { ops: JSON.stringify([{ op: "UPDATE_AFFILIATION", edgeId, expectedVersion, weight: 0.4 }]) });

describe("previewing a change to an edge whose parent a REP may not see", () => {
  it("is answered exactly like an edge that does not exist, at any version", async () => {
    const hidden = `${f.g.prefix}E-h1b-a2`;
    const missing = `${f.g.prefix}E-none`;
    for (const version of [1, 7]) {
      const answer = JSON.stringify(await preview(hidden, version)).replaceAll(hidden, "EDGE");
      expect(answer).not.toContain(f.g.ids.acc2);
      expect(answer).toBe(JSON.stringify(await preview(missing, version)).replaceAll(missing, "EDGE"));
    }
  });
});
