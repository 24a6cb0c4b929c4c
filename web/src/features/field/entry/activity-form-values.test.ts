import { describe, expect, it } from "vitest";
import { emptyValues, toActivityInput, valuesFromActivity, valuesFromVisit } from "./activity-form-values.ts";

const now = new Date("2027-01-05T10:07:00Z");

describe("quick entry values", () => {
  it("a planned visit prefills subject, planned time and duration", () => {
    const v = valuesFromVisit(
      { subjectId: "H1", subjectKind: "HCP", accountId: "A1", startAt: "2027-01-05T09:00", endAt: "2027-01-05T09:25" },
      now,
    );
    const planned = new Date(2027, 0, 5, 9, 0).toISOString(); // the plan's clock is the rep's local time
    expect([v.hcpId, v.accountId, v.plannedAt, v.durationMinutes]).toEqual(["H1", "A1", planned, "25"]);
    const r = toActivityInput({ ...v, products: " Cardiox, , Lipra ", notes: "  " });
    expect(r).toEqual({
      activity: {
        channel: "VISIT",
        hcpId: "H1",
        accountId: "A1",
        plannedAt: planned,
        startedAt: "2027-01-05T10:07:00.000Z",
        durationMinutes: 25,
        outcome: "COMPLETED",
        products: ["Cardiox", "Lipra"],
        keyMessages: [],
      },
    });
    const account = valuesFromVisit(
      { subjectId: "A2", subjectKind: "ACCOUNT", startAt: "2027-01-05T09:00", endAt: "2027-01-05T09:30" },
      now,
    );
    expect([account.hcpId, account.accountId]).toEqual(["", "A2"]);
  });

  it("names what to fix before anything is queued", () => {
    expect(toActivityInput({ ...emptyValues(now), durationMinutes: "12.5", startedAt: "" })).toEqual({
      problems: { hcpId: "an HCP, an account or both", startedAt: "a date and time", durationMinutes: "whole minutes, 0 to 1440" },
    });
  });

  it("a refused activity comes back into the form as it was", () => {
    const activity = {
      channel: "PHONE" as const,
      hcpId: "H1",
      startedAt: "2027-01-05T08:00:00.000Z",
      durationMinutes: 5,
      outcome: "NOT_MET" as const,
      products: ["Cardiox"],
      keyMessages: ["efficacy"],
      notes: "call back",
    };
    expect(toActivityInput(valuesFromActivity(activity))).toEqual({ activity });
  });
});
