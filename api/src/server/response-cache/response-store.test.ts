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

  it("keeps its keys and texts under maxBytes by dropping the oldest answers", () => {
    const store = new ResponseStore(160); // 16 entries of 10 characters (key and text) fill it
    for (let i = 0; i < 20; i++) store.set(`k${String(i).padStart(2, "0")}`, "x".repeat(7), 1e9);
    expect(store.size).toBe(16);
    expect(store.get("k03", 0)).toBeUndefined();
    expect(store.get("k04", 0)).toBe("x".repeat(7));
    expect(store.get("k19", 0)).toBe("x".repeat(7));
  });

  it("refuses an entry larger than a sixteenth of the store, a long key counting as much as a long answer", () => {
    const store = new ResponseStore(160);
    store.set("big", "x".repeat(8), 1e9);
    expect(store.get("big", 0)).toBeUndefined();
    store.set("k".repeat(11), "{}", 1e9);
    expect(store.size).toBe(0);
  });

  it("replaces an answer under the same key", () => {
    const store = new ResponseStore(160);
    store.set("k", "old", 1e9);
    store.set("k", "new", 1e9);
    expect(store.get("k", 0)).toBe("new");
    expect(store.size).toBe(1);
  });
});
