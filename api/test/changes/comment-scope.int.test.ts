import { describe, expect, it } from "vitest";
import { useTwoTerritoryApi } from "../fixtures/use-two-territory-api.ts";

const f = useTwoTerritoryApi("commentscope");

const COMMENT = `mutation($id: ID!) { commentOnChange(id: $id, text: "hello") { id requesterId operations } }`;

describe("comments on change requests", () => {
  it("regression: only the requester and reviewers comment; another's request answers like a missing one", async () => {
    const p = await f.api.as(f.g.users.rep1, `mutation($ops: String!) { proposeChange(operations: $ops, reason: "weight") { id } }`, {
      ops: JSON.stringify([{ op: "UPDATE_AFFILIATION", edgeId: `${f.g.prefix}E-h1a-a1`, expectedVersion: 1, confidence: 0.6 }]),
    });
    const id = p.data!.proposeChange.id as string;

    const other = await f.api.as(f.g.users.rep2, COMMENT, { id });
    const missing = await f.api.as(f.g.users.rep2, COMMENT, { id: `${id}-missing` });
    expect(other.data).toBeNull();
    expect(other.errors?.[0]?.extensions?.code).toBe(missing.errors?.[0]?.extensions?.code);
    expect(other.errors?.[0]?.message.replace(id, "X")).toBe(missing.errors?.[0]?.message.replace(`${id}-missing`, "X"));

    expect((await f.api.as(f.g.users.rep1, COMMENT, { id })).data!.commentOnChange.id).toBe(id);
    expect((await f.api.as(f.g.users.steward, COMMENT, { id })).data!.commentOnChange.id).toBe(id);
  });
});
