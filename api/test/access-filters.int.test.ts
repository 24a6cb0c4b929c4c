import { describe, expect, it } from "vitest";
import { useTwoTerritoryApi } from "./fixtures/use-two-territory-api.ts";

/** Filters reveal rows they name even when the rows themselves are never returned. */
const f = useTwoTerritoryApi("filters");

describe("REP filters", () => {
  it("regression: a REP may not filter organizations by their (hidden) metric values", async () => {
    const res = await f.api.as(f.g.users.rep1, `{ organizations(where: { metrics: { some: { value: { gt: 1000 } } } }) { id } }`);
    expect(res.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(res.errors?.[0]?.extensions?.argumentPath).toEqual(["organizations", "where", "metrics"]);
  });

  it("regression: a REP may not find which territory another rep covers by filtering through users", async () => {
    const res = await f.api.as(f.g.users.rep1, `query($id: ID!) { territories(where: { reps: { some: { id: { eq: $id } } } }) { id } }`, {
      id: f.g.users.rep2,
    });
    expect(res.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("unrestricted roles still filter through metric values and users", async () => {
    const res = await f.api.as(
      f.g.users.manager,
      `query($id: ID!) { territories(where: { reps: { some: { id: { eq: $id } } } }) { id } }`,
      {
        id: f.g.users.rep2,
      },
    );
    expect(res.data!.territories).toEqual([{ id: f.g.ids.t2 }]);
  });
});
