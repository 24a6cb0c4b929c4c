import { describe, expect, it } from "vitest";
import { loadTypeDefs } from "./schema-parts.ts";
import { UNRESTRICTED_ROLES } from "../model/roles.ts";

describe("UNRESTRICTED_ROLES", () => {
  it("is the role list every HCP/Account/MetricValue @authorization rule uses", () => {
    const typeDefs = loadTypeDefs();
    const lists = [...typeDefs.matchAll(/jwt: \{ role: \{ in: \[([^\]]*)\] \} \}/g)].map((m) => m[1]!);
    const ruleLists = lists.filter((l) => l.includes('"KAM"'));
    expect(ruleLists.length).toBeGreaterThanOrEqual(4);
    for (const list of ruleLists) {
      expect(list.split(",").map((s) => s.trim().replaceAll('"', ""))).toEqual([...UNRESTRICTED_ROLES]);
    }
  });
});
