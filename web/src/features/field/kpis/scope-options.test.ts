import { describe, expect, it } from "vitest";
import { scopeOptions } from "./scope-options.ts";

describe("a manager's report scopes", () => {
  it("regions of the plans first, then every managed territory by name", () => {
    const plans = [
      { territoryId: "T2", territoryName: "Two", region: "South" },
      { territoryId: "T1", territoryName: "One", region: "North" },
      { territoryId: "T3", territoryName: "Three", region: "South" },
    ];
    expect(scopeOptions(["T1", "T2", "T9"], plans).map((o) => [o.scope, o.id, o.label])).toEqual([
      ["REGION", "North", "Region North"],
      ["REGION", "South", "Region South"],
      ["TERRITORY", "T1", "One"],
      ["TERRITORY", "T2", "Two"],
      ["TERRITORY", "T9", "T9"],
    ]);
  });
});
