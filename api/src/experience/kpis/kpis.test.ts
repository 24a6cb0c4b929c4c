import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { emptyMonth, type FeedbackItem, monthVector, SLOT } from "../facts/month-vector.ts";
import { TOUCHPOINT_CHANNELS } from "../../model/vocabulary.ts";
import { isActivated, type TouchpointItem } from "../touchpoints/touchpoint.ts";
import { csat } from "./csat.ts";
import { engagement } from "./engagement.ts";
import { nps, npsBand } from "./nps.ts";
import { hcpRetention, retention } from "./retention.ts";

/** The roll-up rule on lists: `into` += `weight` x `v`, slot by slot (stored lists are summed so in Cypher). */
function addScaled(into: number[], v: readonly number[], weight = 1): number[] {
  for (let i = 0; i < v.length; i++) into[i] = (into[i] ?? 0) + weight * v[i]!;
  return into;
}

const npsCounts = (scores: number[]) =>
  monthVector(
    scores.map((score) => ({ kind: "NPS" as const, score })),
    [],
  ).slice(SLOT.nps, SLOT.nps + 11);
const csatCounts = (scores: number[]) =>
  monthVector(
    scores.map((score) => ({ kind: "CSAT" as const, score })),
    [],
  ).slice(SLOT.csat, SLOT.csat + 5);

describe("NPS, hand-computed", () => {
  it("is % promoters minus % detractors: 5 promoters, 3 passives, 2 detractors of 10 give 30", () => {
    const r = nps(npsCounts([10, 9, 9, 10, 9, 8, 7, 8, 6, 0]));
    expect(r).toMatchObject({ score: 30, band: "GOOD", responses: 10, promoters: 5, passives: 3, detractors: 2 });
    // p = 0.5, d = 0.2: variance (0.7 - 0.09) / 10 = 0.061, half width 1.96 x 100 x 0.24698 = 48.41
    expect(r.low).toBeCloseTo(30 - 48.408, 2);
    expect(r.high).toBeCloseTo(30 + 48.408, 2);
  });
  it("bands at the edges: 0 needs work, 50 good, 70 excellent, above 70 world class", () => {
    expect(npsBand(0)).toBe("NEEDS_WORK");
    expect(npsBand(-100)).toBe("NEEDS_WORK");
    expect(npsBand(0.01)).toBe("GOOD");
    expect(npsBand(50)).toBe("GOOD");
    expect(npsBand(50.01)).toBe("EXCELLENT");
    expect(npsBand(70)).toBe("EXCELLENT");
    expect(npsBand(70.01)).toBe("WORLD_CLASS");
    // 0: one promoter, one detractor; 50: three promoters, one passive... of four: (3-1)/4 = 50
    expect(nps(npsCounts([10, 0])).band).toBe("NEEDS_WORK");
    expect(nps(npsCounts([10, 10, 10, 0])).score).toBe(50);
    expect(nps(npsCounts([10, 10, 10, 0])).band).toBe("GOOD");
    // 70: 8 promoters, 1 passive, 1 detractor of 10
    const seventy = nps(npsCounts([9, 9, 9, 9, 10, 10, 10, 10, 8, 3]));
    expect(seventy.score).toBeCloseTo(70, 10);
    expect(seventy.band).toBe("EXCELLENT");
  });
  it("all promoters: 100 with a zero-width interval; no answers: no value", () => {
    expect(nps(npsCounts([9, 10]))).toMatchObject({ score: 100, low: 100, high: 100, band: "WORLD_CLASS" });
    expect(nps(npsCounts([]))).toMatchObject({ score: null, band: null, responses: 0, low: null, high: null });
  });
  it("weighted answers count in proportion: a promoter at weight 0.25 and a detractor at 0.75 give -50", () => {
    const v = addScaled(
      addScaled(emptyMonth(), monthVector([{ kind: "NPS", score: 10 }], []), 0.25),
      monthVector([{ kind: "NPS", score: 2 }], []),
      0.75,
    );
    expect(nps(v.slice(0, 11))).toMatchObject({ score: -50, responses: 1, band: "NEEDS_WORK" });
  });
});

describe("CSAT, hand-computed", () => {
  it("is the share of 4-5 answers: 3 of 4 is 75%; none is no value", () => {
    expect(csat(csatCounts([5, 4, 4, 2]))).toMatchObject({ score: 75, responses: 4, satisfied: 3 });
    expect(csat(csatCounts([]))).toMatchObject({ score: null, responses: 0 });
  });
});

describe("CRR, hand-computed", () => {
  it("((E - N) / S) x 100: 10 at the start, 9 at the end of which 2 new give 70", () => {
    expect(retention("2026-Q2", [10, 9, 2])).toEqual({ period: "2026-Q2", crr: 70, start: 10, end: 9, new: 2 });
  });
  it("no prescribers at the start: no value, not a division error", () => {
    expect(retention("2026-Q2", [0, 4, 4]).crr).toBeNull();
    expect(retention("2026-Q2", []).crr).toBeNull();
  });
  it("an HCP's list: kept, lost, new, never", () => {
    expect(hcpRetention(true, true)).toEqual([1, 1, 0]);
    expect(hcpRetention(true, false)).toEqual([1, 0, 0]);
    expect(hcpRetention(false, true)).toEqual([0, 1, 1]);
    expect(hcpRetention(false, false)).toEqual([0, 0, 0]);
  });
});

describe("engagement, hand-computed", () => {
  it("activated / delivered per channel; an undelivered touchpoint counts nowhere; a visit is a conversation", () => {
    const v = monthVector(
      [],
      [
        { channel: "EMAIL_CAMPAIGN", delivered: true, events: 1, minutes: 0 },
        { channel: "EMAIL_CAMPAIGN", delivered: true, events: 0, minutes: 0 },
        { channel: "EMAIL_CAMPAIGN", delivered: false, events: 3, minutes: 0 },
        { channel: "REP_VISIT", delivered: true, events: 0, minutes: 20 },
      ],
    );
    const e = engagement(v, 1);
    expect(e.byChannel.find((c) => c.channel === "EMAIL_CAMPAIGN")).toEqual({
      channel: "EMAIL_CAMPAIGN",
      delivered: 2,
      activated: 1,
      rate: 0.5,
    });
    expect(e.byChannel.find((c) => c.channel === "WEBINAR")!.rate).toBeNull();
    expect(e).toMatchObject({ delivered: 3, activated: 2, reachedHcps: 1, engagedHcps: 1, actionsPerHcp: 3, minutesPerHcp: 20 });
    expect(engagement(emptyMonth(), 3)).toMatchObject({ rate: null, actionsPerHcp: null, reachedHcps: 0 });
  });
});

// Random HCPs, each with answers and touchpoints and a weight toward one entity: the KPIs of the
// weighted sum of month lists must equal the KPIs computed directly from the weighted raw records.
const feedbackArb: fc.Arbitrary<FeedbackItem> = fc.oneof(
  fc.record({ kind: fc.constant("NPS" as const), score: fc.integer({ min: 0, max: 10 }) }),
  fc.record({ kind: fc.constant("CSAT" as const), score: fc.integer({ min: 1, max: 5 }) }),
);
const touchpointArb: fc.Arbitrary<TouchpointItem> = fc.record({
  channel: fc.constantFrom(...TOUCHPOINT_CHANNELS),
  delivered: fc.boolean(),
  events: fc.integer({ min: 0, max: 3 }),
  minutes: fc.integer({ min: 0, max: 90 }),
});
const hcpArb = fc.record({
  weight: fc.constantFrom(0, 0.25, 0.5, 1),
  feedback: fc.array(feedbackArb, { maxLength: 6 }),
  touchpoints: fc.array(touchpointArb, { maxLength: 6 }),
});

describe("KPIs of weighted month lists equal a brute force over the weighted records", () => {
  it("NPS, CSAT and engagement", () => {
    fc.assert(
      fc.property(fc.array(hcpArb, { maxLength: 12 }), (hcps) => {
        const total = hcps.reduce((v, h) => addScaled(v, monthVector(h.feedback, h.touchpoints), h.weight), emptyMonth());

        const weighted = (pick: (h: (typeof hcps)[number]) => number) => hcps.reduce((s, h) => s + h.weight * pick(h), 0);
        const npsAnswers = (h: (typeof hcps)[number], keep: (s: number) => boolean) =>
          h.feedback.filter((f) => f.kind === "NPS" && keep(f.score)).length;
        const n = weighted((h) => npsAnswers(h, () => true));
        const promoters = weighted((h) => npsAnswers(h, (s) => s >= 9));
        const detractors = weighted((h) => npsAnswers(h, (s) => s <= 6));
        const got = nps(total.slice(SLOT.nps, SLOT.nps + 11));
        if (n === 0) expect(got.score).toBeNull();
        else expect(got.score).toBeCloseTo((100 * (promoters - detractors)) / n, 9);

        const csatN = weighted((h) => h.feedback.filter((f) => f.kind === "CSAT").length);
        const satisfied = weighted((h) => h.feedback.filter((f) => f.kind === "CSAT" && f.score >= 4).length);
        const gotCsat = csat(total.slice(SLOT.csat, SLOT.csat + 5));
        if (csatN === 0) expect(gotCsat.score).toBeNull();
        else expect(gotCsat.score).toBeCloseTo((100 * satisfied) / csatN, 9);

        const e = engagement(total, 1);
        for (const channel of TOUCHPOINT_CHANNELS) {
          const delivered = weighted((h) => h.touchpoints.filter((t) => t.channel === channel && t.delivered).length);
          const activated = weighted((h) => h.touchpoints.filter((t) => t.channel === channel && isActivated(t)).length);
          const c = e.byChannel.find((x) => x.channel === channel)!;
          expect(c.delivered).toBeCloseTo(delivered, 9);
          if (delivered === 0) expect(c.rate).toBeNull();
          else expect(c.rate).toBeCloseTo(activated / delivered, 9);
        }
        expect(e.engagedHcps).toBeCloseTo(
          weighted((h) => (h.touchpoints.some(isActivated) ? 1 : 0)),
          9,
        );
        expect(e.reachedHcps).toBeCloseTo(
          weighted((h) => (h.touchpoints.some((t) => t.delivered) ? 1 : 0)),
          9,
        );
      }),
      { numRuns: 300 },
    );
  });

  it("CRR of summed HCP lists equals counting the prescribers", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ weight: fc.constantFrom(0.5, 1), before: fc.boolean(), now: fc.boolean() }), { maxLength: 20 }),
        (hcps) => {
          const v = hcps.reduce((acc, h) => addScaled(acc, hcpRetention(h.before, h.now), h.weight), [0, 0, 0]);
          const s = hcps.filter((h) => h.before).reduce((x, h) => x + h.weight, 0);
          const kept = hcps.filter((h) => h.before && h.now).reduce((x, h) => x + h.weight, 0);
          const r = retention("p", v);
          if (s === 0) expect(r.crr).toBeNull();
          else expect(r.crr).toBeCloseTo((100 * kept) / s, 9);
        },
      ),
    );
  });
});
