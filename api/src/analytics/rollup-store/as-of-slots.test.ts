import { describe, expect, it } from "vitest";
import { inAsOfSlot, MAX_CONCURRENT_AS_OF_ROLLUPS } from "./as-of-slots.ts";

describe("inAsOfSlot", () => {
  it("refuses a whole-hierarchy as-of roll-up while the instance runs as many as it may, and frees the slot after", async () => {
    let finish!: () => void;
    const running = Array.from({ length: MAX_CONCURRENT_AS_OF_ROLLUPS }, () => inAsOfSlot(() => new Promise<void>((r) => (finish = r))));
    await expect(inAsOfSlot(async () => 1)).rejects.toMatchObject({ code: "RATE_LIMITED" });
    finish();
    await Promise.all(running.slice(-1));
  });
});
