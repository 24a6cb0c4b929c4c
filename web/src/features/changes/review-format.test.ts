import { describe, expect, it } from "vitest";
import { ageOf, changedFields } from "./review-format.ts";

describe("review formats", () => {
  it("ages in minutes, hours up to two days, then days", () => {
    const now = new Date("2026-03-10T12:00:00Z");
    expect(ageOf("2026-03-10T11:55:00Z", now)).toBe("5 min");
    expect(ageOf("2026-03-10T09:00:00Z", now)).toBe("3 h");
    expect(ageOf("2026-03-08T13:00:00Z", now)).toBe("47 h");
    expect(ageOf("2026-03-01T12:00:00Z", now)).toBe("9 d");
    expect(ageOf("2026-03-11T12:00:00Z", now)).toBe("0 min");
  });

  it("an operation's changed fields on each side", () => {
    const before = JSON.stringify({ weight: 1, type: "ATTENDING", primary: true });
    const after = JSON.stringify({ weight: 0.5, type: "ATTENDING", primary: true });
    expect(changedFields(before, after, "before")).toBe("weight: 1");
    expect(changedFields(before, after, "after")).toBe("weight: 0.5");
    expect(changedFields(null, after, "before")).toBe("(new)");
  });
});
