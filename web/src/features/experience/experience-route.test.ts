import { describe, expect, it } from "vitest";
import { parseHashRoute } from "../../app/hash-route.ts";
import { experienceHash, readExperienceRoute } from "./experience-route.ts";

describe("experience links", () => {
  it("round-trips range, place and persona", () => {
    const route = { range: { from: "2026-01", to: "2026-06" }, place: "region:West", persona: "Digital adopter" };
    const hash = experienceHash(route);
    expect(parseHashRoute(hash).page).toBe("experience");
    expect(readExperienceRoute(parseHashRoute(hash).params)).toEqual(route);
  });

  it("drops a malformed or half range and empty values", () => {
    expect(readExperienceRoute(new URLSearchParams("from=2026-13&to=2026-06&place=&persona="))).toEqual({
      range: null,
      place: null,
      persona: null,
    });
    expect(readExperienceRoute(new URLSearchParams("from=2026-01")).range).toBeNull();
  });

  it("leaves out what is not chosen", () => {
    expect(experienceHash({ range: null, place: null, persona: null })).toBe("#experience");
  });
});
