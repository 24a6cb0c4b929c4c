import { describe, expect, it } from "vitest";
import { dropTarget } from "./drop-target.ts";

const box = (x: number, y: number) => ({ x1: x - 10, y1: y - 10, x2: x + 10, y2: y + 10 });

describe("dropTarget", () => {
  const candidates = [
    { id: "acc1", kind: "ACCOUNT" as const, box: box(100, 100) },
    { id: "org1", kind: "ORGANIZATION" as const, box: box(200, 50) },
    { id: "hcp2", kind: "HCP" as const, box: box(300, 200) },
  ];
  it("finds the parent-level node under the drop point", () => {
    expect(dropTarget({ id: "hcp1", kind: "HCP", x: 105, y: 95 }, candidates)).toBe("acc1");
    expect(dropTarget({ id: "acc2", kind: "ACCOUNT", x: 200, y: 55 }, candidates)).toBe("org1");
  });
  it("ignores nodes of other levels and empty space; networks have no parent", () => {
    expect(dropTarget({ id: "hcp1", kind: "HCP", x: 200, y: 50 }, candidates)).toBeNull();
    expect(dropTarget({ id: "hcp1", kind: "HCP", x: 300, y: 200 }, candidates)).toBeNull();
    expect(dropTarget({ id: "hcp1", kind: "HCP", x: 500, y: 500 }, candidates)).toBeNull();
    expect(dropTarget({ id: "net1", kind: "NETWORK", x: 200, y: 50 }, candidates)).toBeNull();
  });
});
