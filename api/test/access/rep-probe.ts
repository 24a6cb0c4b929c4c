import type { GraphQLResponse, TestGraphQL } from "../graphql-client.ts";
import { type Finding, firstDifference, ghostRequest, scanResponse, unghostResponse } from "./leak-detector.ts";
import type { RepView } from "./leak-walk-fixture.ts";

export interface ProbeResult {
  findings: Finding[];
  /** Whether the request was answered with data and no error (the walk reports how many were). */
  answered: boolean;
}

/** Runs `query` as the REP (and its ghost, when it names hidden keys or values) and collects what leaked. */
export async function probeAsRep(api: TestGraphQL, rep: RepView, query: string): Promise<ProbeResult> {
  const response = await api.as(rep.userId, query);
  const findings = scanResponse(response, rep, query);
  const ghost = ghostRequest(query, rep);
  if (ghost !== query) {
    const ghostResponse = JSON.parse(unghostResponse(JSON.stringify(await api.as(rep.userId, ghost)), rep)) as GraphQLResponse;
    const path = firstDifference(response, ghostResponse);
    if (path !== undefined) findings.push({ oracle: "ghost", path, detail: "answers differently for a look-alike that does not exist" });
  }
  return { findings, answered: response.errors === undefined && response.data !== undefined };
}
