import { describe, expect, it } from "vitest";
import { useTwoTerritoryApi } from "../fixtures/use-two-territory-api.ts";

const f = useTwoTerritoryApi("reviewreads");

const PROPOSE = `mutation($ops: String!) { proposeChange(operations: $ops, reason: "weight") { id createdAt } }`;
const ONE = `query($id: ID!) { changeRequest(id: $id) { id status requesterId comments { by text } } }`;

async function proposeAsRep1(confidence: number): Promise<{ id: string; createdAt: string }> {
  const p = await f.api.as(f.g.users.rep1, PROPOSE, {
    ops: JSON.stringify([{ op: "UPDATE_AFFILIATION", edgeId: `${f.g.prefix}E-h1a-a1`, expectedVersion: 1, confidence }]),
  });
  return p.data!.proposeChange;
}

describe("review reads: one request, the summary's escalated count and oldest, the affiliation vocabulary", () => {
  it("changeRequest: a reviewer reads any request, the requester their own, another rep gets null like a missing id", async () => {
    const { id } = await proposeAsRep1(0.6);
    expect((await f.api.as(f.g.users.steward, ONE, { id })).data!.changeRequest).toMatchObject({ id, status: "PENDING" });
    expect((await f.api.as(f.g.users.rep1, ONE, { id })).data!.changeRequest.requesterId).toBe(f.g.users.rep1);
    expect((await f.api.as(f.g.users.rep2, ONE, { id })).data!.changeRequest).toBeNull();
    expect((await f.api.as(f.g.users.steward, ONE, { id: `${id}-missing` })).data!.changeRequest).toBeNull();
  });

  it("reviewSummary counts the escalated pending requests and names the oldest pending one's time", async () => {
    const { records } = await f.driver.executeQuery(
      `MATCH (cr:ChangeRequest {status: 'PENDING'})
       RETURN count(CASE WHEN cr.requiresAdmin THEN 1 END) AS escalated, toString(min(cr.createdAt)) AS oldest`,
    );
    const summary = await f.api.as(f.g.users.steward, `{ reviewSummary { pending pendingRequiringAdmin oldestPendingAt } }`);
    expect(summary.data!.reviewSummary.pendingRequiringAdmin).toBe(Number(records[0]!.get("escalated")));
    expect(summary.data!.reviewSummary.oldestPendingAt).toBe(records[0]!.get("oldest"));
    expect(summary.data!.reviewSummary.oldestPendingAt).not.toBeNull();
  });

  it("affiliationVocabulary: the types of a child's kind and the influence words; a wrong kind is BAD_USER_INPUT", async () => {
    const q = `query($k: EntityKind!) { affiliationVocabulary(childKind: $k) { types influenceLevels { level value } } }`;
    const hcp = await f.api.as(f.g.users.rep1, q, { k: "HCP" });
    expect(hcp.data!.affiliationVocabulary.types).toEqual(["ATTENDING", "EMPLOYED", "ADMITTING", "CONSULTING"]);
    expect(hcp.data!.affiliationVocabulary.influenceLevels).toEqual([
      { level: "LOW", value: 0.25 },
      { level: "MEDIUM", value: 0.5 },
      { level: "HIGH", value: 0.75 },
    ]);
    expect((await f.api.as(f.g.users.rep1, q, { k: "ACCOUNT" })).data!.affiliationVocabulary.types).toEqual(["OWNED", "MANAGED", "MEMBER"]);
    expect((await f.api.as(f.g.users.rep1, q, { k: "NOPE" })).errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});
