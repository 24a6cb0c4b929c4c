import { describe, expect, it } from "vitest";
import { moveStop } from "./move-stop.ts";

describe("moving a stop within a day", () => {
  it("swaps with the neighbour, and leaves the ends alone", () => {
    expect(moveStop(["a", "b", "c"], 2, -1)).toEqual(["a", "c", "b"]);
    expect(moveStop(["a", "b", "c"], 0, 1)).toEqual(["b", "a", "c"]);
    expect(moveStop(["a", "b", "c"], 0, -1)).toEqual(["a", "b", "c"]);
    expect(moveStop(["a", "b", "c"], 2, 1)).toEqual(["a", "b", "c"]);
  });
});
