import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type AuditContent, CONTENT_FIELDS, checkWindow, GENESIS, type SealedEvent, sealAfter } from "./audit-chain.ts";

const content = (id: string, reason: string | null = "move"): AuditContent => {
  const c = Object.fromEntries(CONTENT_FIELDS.map((f) => [f, null])) as AuditContent;
  return { ...c, id, at: "2026-12-02T10:00:00Z", actor: "u1", origin: "CHANGE", action: "UPDATE", subject: "AFFILIATION", reason };
};

const chainOf = (n: number): SealedEvent[] =>
  sealAfter(
    { seq: 0, hash: GENESIS },
    Array.from({ length: n }, (_, i) => content(`e${i}`)),
  );

describe("audit hash chain", () => {
  it("an untouched chain checks clean, whole or in windows", () => {
    const chain = chainOf(10);
    expect(checkWindow(null, chain)).toEqual([]);
    expect(checkWindow(chain[3]!, chain.slice(4))).toEqual([]);
    expect(chain.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it("sealing continues after the head: two seals equal one", () => {
    const once = chainOf(6);
    const first = sealAfter(
      { seq: 0, hash: GENESIS },
      once.slice(0, 2).map((e) => e.content),
    );
    const second = sealAfter(
      first[1]!,
      once.slice(2).map((e) => e.content),
    );
    expect([...first, ...second]).toEqual(once);
  });

  it("an altered field is reported at its event and nowhere else", () => {
    const chain = chainOf(5);
    chain[2] = { ...chain[2]!, content: { ...chain[2]!.content, reason: "edited later" } };
    expect(checkWindow(null, chain)).toEqual([expect.objectContaining({ kind: "ALTERED", seq: 3 })]);
  });

  it("a recomputed hash on an altered event breaks the next link", () => {
    const chain = chainOf(5);
    const forged = sealAfter(chain[1]!, [{ ...chain[2]!.content, actor: "someone else" }])[0]!;
    chain[2] = forged;
    expect(checkWindow(null, chain)).toEqual([expect.objectContaining({ kind: "RELINKED", seq: 4 })]);
  });

  it("deleted events leave a gap reported once, with their count", () => {
    const chain = chainOf(8);
    const kept = [...chain.slice(0, 2), ...chain.slice(5)];
    expect(checkWindow(null, kept)).toEqual([expect.objectContaining({ kind: "MISSING", seq: 3, count: 3 })]);
  });

  it("a first event that does not start from genesis is reported", () => {
    const chain = sealAfter({ seq: 0, hash: "f".repeat(64) }, [content("a")]);
    expect(checkWindow(null, chain)).toEqual([expect.objectContaining({ kind: "RELINKED", seq: 1 })]);
  });

  it("property: any single alteration of any field is found at that event", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }),
        fc.nat(),
        fc.constantFrom(...CONTENT_FIELDS),
        fc.string({ minLength: 1 }),
        (n, at, field, value) => {
          const chain = chainOf(n);
          const i = at % n;
          fc.pre(chain[i]!.content[field] !== value);
          chain[i] = { ...chain[i]!, content: { ...chain[i]!.content, [field]: value } };
          const breaks = checkWindow(null, chain);
          expect(breaks).toEqual([expect.objectContaining({ kind: "ALTERED", seq: i + 1 })]);
        },
      ),
    );
  });
});
