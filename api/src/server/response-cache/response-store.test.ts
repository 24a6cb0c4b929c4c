import { describe, expect, it } from "vitest";
import { ResponseStore } from "./response-store.ts";

describe("ResponseStore", () => {
  it("serves an answer until it expires, then forgets it", () => {
    const store = new ResponseStore(1000);
    store.set("k", "abc", 100);
    expect(store.get("k", 99)).toBe("abc");
    expect(store.get("k", 100)).toBeUndefined();
    expect(store.size).toBe(0);
  });

  it("keeps its text under maxBytes by dropping the oldest answers", () => {
    const store = new ResponseStore(160); // 16 answers of 10 characters fill it
    for (let i = 0; i < 20; i++) store.set(`k${i}`, "x".repeat(10), 1e9);
    expect(store.size).toBe(16);
    expect(store.get("k3", 0)).toBeUndefined();
    expect(store.get("k4", 0)).toBe("x".repeat(10));
    expect(store.get("k19", 0)).toBe("x".repeat(10));
  });

  it("refuses an answer larger than a sixteenth of the store, and replaces an answer under the same key", () => {
    const store = new ResponseStore(160);
    store.set("big", "x".repeat(11), 1e9);
    expect(store.get("big", 0)).toBeUndefined();
    store.set("k", "old", 1e9);
    store.set("k", "new", 1e9);
    expect(store.get("k", 0)).toBe("new");
    expect(store.size).toBe(1);
  });
});
