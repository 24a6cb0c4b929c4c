import { describe, expect, it } from "vitest";
import { forEachConcurrently } from "./concurrently.ts";

const tick = () => new Promise((r) => setTimeout(r, 1));

describe("forEachConcurrently", () => {
  it("visits every item once with at most `concurrency` in flight", async () => {
    let inFlight = 0;
    let peak = 0;
    const seen: number[] = [];
    await forEachConcurrently([1, 2, 3, 4, 5, 6, 7], 3, async (n) => {
      peak = Math.max(peak, ++inFlight);
      await tick();
      seen.push(n);
      inFlight--;
    });
    expect(seen.sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(peak).toBe(3);
  });

  it("stops pulling items after a failure and rethrows it", async () => {
    let pulled = 0;
    function* items() {
      for (let i = 0; i < 100; i++) yield ++pulled;
    }
    await expect(
      forEachConcurrently(items(), 2, async (n) => {
        await tick();
        if (n === 3) throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
    expect(pulled).toBeLessThan(6);
  });
});
