import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { prefixQuery } from "./lucene-query.ts";

describe("prefixQuery", () => {
  it("makes every word a required prefix", () => {
    expect(prefixQuery("smi jo")).toBe("smi* AND jo*");
    expect(prefixQuery("  Mayo   ")).toBe("Mayo*");
  });

  it("escapes Lucene syntax so user text cannot change the query's structure", () => {
    expect(prefixQuery("HCP-0001")).toBe("HCP\\-0001*");
    expect(prefixQuery('a:b (c) "d" e*')).toBe('a\\:b* AND \\(c\\)* AND \\"d\\"* AND e\\**');
  });

  it("drops bare boolean operators and returns undefined when nothing is left", () => {
    expect(prefixQuery("AND OR")).toBeUndefined();
    expect(prefixQuery("   ")).toBeUndefined();
    expect(prefixQuery("cancer AND")).toBe("cancer*");
  });

  it("leaves out one-letter words, which would expand to a large part of the index", () => {
    expect(prefixQuery("j smith")).toBe("smith*");
    expect(prefixQuery("j")).toBeUndefined();
    expect(prefixQuery("jo")).toBe("jo*");
  });

  it("never leaves an unescaped special character in any input", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const q = prefixQuery(text);
        if (q === undefined) return;
        for (const term of q.split(" AND ")) {
          const body = term.slice(0, -1);
          expect(term.endsWith("*")).toBe(true);
          // Remove escaped pairs; what is left must contain no special character.
          expect(body.replace(/\\./g, "")).not.toMatch(/[+\-&|!(){}[\]^"~*?:\\/]/);
        }
      }),
    );
  });
});
