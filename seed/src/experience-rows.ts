/**
 * The seeded customer experience (docs/EXPERIENCE.md, "Seeded data"): for every HCP, a year of
 * touchpoints on the channels field activities do not cover and NPS / CSAT answers, January to
 * the seed's November. Each HCP has a preferred channel (its messages there are taken more
 * often) and a journey that moves on faster when it engages; scores differ by metro; the
 * organizations whose index is 3 modulo 7 lose NPS month after month.
 */
import { JOURNEY_STAGES } from "../../api/src/model/vocabulary.ts";
import { Rng } from "./prng.ts";
import type { FeedbackRow, TouchpointRow } from "./rows.ts";
import type { SeedPlan } from "./seed-plan.ts";

const EXPERIENCE_PHASE = { touchpoints: 11, feedback: 12 } as const;
const YEAR = 2026;
/** Months with data: January to November (the seed's "today" is 2026-11-30). */
const MONTHS = 11;
const PREFERRED = ["EMAIL_CAMPAIGN", "WEBINAR", "SELF_DETAILING", "EVENT"] as const;

const pad2 = (n: number) => String(n).padStart(2, "0");
const monthKey = (m: number) => `${YEAR}-${pad2(m + 1)}`;
const instant = (rng: Rng, m: number) => `${monthKey(m)}-${pad2(1 + rng.int(28))}T${pad2(8 + rng.int(10))}:${pad2(rng.int(60))}:00Z`;

/** The index in an id `<prefix><KIND>-<n>` (n counts from 1). */
const indexOfId = (id: string) => Number(id.slice(id.lastIndexOf("-") + 1)) - 1;

/** Whether an organization's NPS falls through the year. */
export const isFallingOrganization = (k: number) => k % 7 === 3;

/** A metro's lift of NPS and CSAT: -2..+2 steps, fixed per metro. */
const metroLift = (plan: SeedPlan, m: number) => (Rng.for(plan.seed, EXPERIENCE_PHASE.feedback, 1_000_000 + m).int(5) - 2) * 0.35;

/** The HCP's primary organization (through its primary account), for the falling ones. */
function primaryOrganization(plan: SeedPlan, i: number): number {
  const account = indexOfId(plan.hcpAffiliations(i)[0]!.parent);
  return indexOfId(plan.accountAffiliations(account)[0]!.parent);
}

const preferredOf = (plan: SeedPlan, i: number) =>
  PREFERRED[Rng.for(plan.seed, EXPERIENCE_PHASE.touchpoints, -1 - i).int(PREFERRED.length)]!;

export function touchpointRows(plan: SeedPlan, i: number): TouchpointRow[] {
  const rng = Rng.for(plan.seed, EXPERIENCE_PHASE.touchpoints, i);
  const hcpId = plan.hcpId(i);
  const preferred = preferredOf(plan, i);
  const lift = (channel: string) => (channel === preferred ? 0.3 : 0);
  const rows: TouchpointRow[] = [];
  let stage = 0;
  for (let m = 0; m < MONTHS; m++) {
    let activated = false;
    const add = (channel: string, delivered: boolean, events: string[], minutes: number, campaign: string | null) => {
      activated ||= delivered && events.length > 0;
      rows.push({
        id: `${hcpId}-TP${pad2(m + 1)}${rows.length}`,
        hcpId,
        channel,
        stage: JOURNEY_STAGES[stage]!,
        at: instant(rng, m),
        month: monthKey(m),
        delivered,
        events,
        minutes,
        campaign,
      });
    };
    if (rng.next() < 0.6) {
      const delivered = rng.next() < 0.94;
      const opened = delivered && rng.next() < 0.22 + lift("EMAIL_CAMPAIGN");
      add(
        "EMAIL_CAMPAIGN",
        delivered,
        opened ? (rng.next() < 0.3 ? ["OPENED", "CLICKED"] : ["OPENED"]) : [],
        opened ? 2 : 0,
        `Newsletter ${monthKey(m)}`,
      );
    }
    if (rng.next() < 0.04 + lift("WEBINAR") / 6) {
      const attended = rng.next() < 0.45 + lift("WEBINAR");
      add("WEBINAR", true, attended ? ["ATTENDED"] : [], attended ? 40 : 0, "Clinical update webinar");
    }
    if (rng.next() < 0.015 + lift("EVENT") / 10) add("EVENT", true, rng.next() < 0.75 ? ["ATTENDED"] : [], 120, "Regional symposium");
    if (rng.next() < 0.05 + lift("SELF_DETAILING") / 3) {
      const done = rng.next() < 0.6 + lift("SELF_DETAILING") / 2;
      add("SELF_DETAILING", true, done ? ["COMPLETED"] : [], done ? 5 + rng.int(15) : 1, null);
    }
    if (rng.next() < 0.015) add("MEDICAL_INFORMATION", true, ["COMPLETED"], 10, null);
    if (rng.next() < 0.02) add("PATIENT_SUPPORT", true, rng.next() < 0.5 ? ["COMPLETED"] : [], 15, "Patient support programme");
    if (stage < JOURNEY_STAGES.length - 1 && rng.next() < (activated ? 0.25 : 0.06)) stage++;
  }
  return rows;
}

const clamp = (x: number, low: number, high: number) => Math.max(low, Math.min(high, Math.round(x)));

export function feedbackRows(plan: SeedPlan, i: number): FeedbackRow[] {
  const rng = Rng.for(plan.seed, EXPERIENCE_PHASE.feedback, i);
  const hcpId = plan.hcpId(i);
  const lift = metroLift(plan, plan.metroOfHcp(i)) + (preferredOf(plan, i) === "EVENT" ? 0.4 : 0);
  let falling: boolean | null = null;
  const rows: FeedbackRow[] = [];
  for (let m = 0; m < MONTHS; m++) {
    const nps = rng.next() < 0.085;
    const csat = rng.next() < 0.04;
    if (!nps && !csat) continue;
    falling ??= isFallingOrganization(primaryOrganization(plan, i));
    const drift = falling ? 1.2 - 0.42 * m : 0;
    const common = { hcpId, month: monthKey(m), answeredAt: instant(rng, m) };
    if (nps)
      rows.push({
        ...common,
        id: `${hcpId}-FB${pad2(m + 1)}N`,
        kind: "NPS",
        score: clamp(7.3 + lift + drift + 2.3 * rng.normal(), 0, 10),
        about: "COMPANY",
        channel: "EMAIL_CAMPAIGN",
      });
    if (csat)
      rows.push({
        ...common,
        id: `${hcpId}-FB${pad2(m + 1)}C`,
        kind: "CSAT",
        score: clamp(3.9 + lift / 2 + drift / 2 + 0.9 * rng.normal(), 1, 5),
        about: "INTERACTION",
        channel: "REP_VISIT",
      });
  }
  return rows;
}
