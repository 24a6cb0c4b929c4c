import { describe, expect, it } from "vitest";
import { affiliationsToConfirm, type AffiliationEdge } from "./affiliations-to-confirm.ts";

const edge = (hcpName: string, confidence: number | null, validTo: string | null = null): AffiliationEdge => ({
  hcpId: hcpName,
  hcpName,
  accountName: "A",
  confidence,
  validTo,
});

describe("affiliations to confirm", () => {
  it("keeps current edges below the confirmed confidence, least certain first", () => {
    const out = affiliationsToConfirm(
      [edge("b", 0.9), edge("a", 0.5), edge("c", 0.95), edge("d", null), edge("e", 0.1, "2020-01-01")],
      "2026-01-01",
    );
    expect(out.map((e) => e.hcpName)).toEqual(["d", "a", "b"]);
  });
  it("keeps an edge that ends today", () => {
    expect(affiliationsToConfirm([edge("a", 0.2, "2026-01-01")], "2026-01-01")).toHaveLength(1);
  });
});
