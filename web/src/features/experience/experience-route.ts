import { formatHashRoute } from "../../app/hash-route.ts";
import { isMonth, type MonthRange } from "./month-range.ts";

/** What of the dashboard a link holds: `#experience?from=2026-01&to=2026-06&place=T-1&persona=P`. */
export interface ExperienceRoute {
  range: MonthRange | null;
  /** A territory id, or a region with the filter's region prefix. */
  place: string | null;
  persona: string | null;
}

/** The dashboard's state from the link's parameters; a range is only taken with two well-formed months. */
export function readExperienceRoute(params: URLSearchParams): ExperienceRoute {
  const from = params.get("from");
  const to = params.get("to");
  return {
    range: from && to && isMonth(from) && isMonth(to) ? { from, to } : null,
    place: params.get("place") || null,
    persona: params.get("persona") || null,
  };
}

export function experienceHash(route: ExperienceRoute): string {
  return formatHashRoute("experience", [], { from: route.range?.from, to: route.range?.to, place: route.place, persona: route.persona });
}
