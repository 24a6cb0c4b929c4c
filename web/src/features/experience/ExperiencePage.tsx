import { useEffect, useMemo, useState } from "react";
import { parseHashRoute, replaceRoute } from "../../app/hash-route.ts";
import { EXPERIENCE_BREAKDOWN, EXPERIENCE_FILTER_OPTIONS, EXPERIENCE_REPORT } from "../../api/experience.ts";
import type { ExperienceTableRow } from "../../api/experience-types.ts";
import type { Api } from "../../api/use-api.ts";
import { DrillDown } from "./DrillDown.tsx";
import { experienceHash, readExperienceRoute } from "./experience-route.ts";
import { ExperienceFilters, REGION_PREFIX } from "./ExperienceFilters.tsx";
import { ExperienceTiles } from "./ExperienceTiles.tsx";
import { GroupBreakdowns } from "./GroupBreakdowns.tsx";
import { JourneyMapView } from "./JourneyMapView.tsx";
import { lastMonths, type MonthRange, rangeProblem } from "./month-range.ts";
import { OrganizationTable } from "./OrganizationTable.tsx";
import { QueryState } from "../../app/QueryState.tsx";
import { SubjectCharts } from "./SubjectCharts.tsx";
import { useQuery } from "../../api/use-query.ts";

interface Props {
  api: Api;
  /** A REP's own territories: the only ones they may ask for (the API refuses others). */
  ownTerritories: readonly string[] | null;
}

/**
 * The customer-experience dashboard: KPI tiles and charts of a territory or a persona over a
 * month range, breakdowns by persona and segment, and the organizations with a drill-down into
 * what moves their NPS. The filters live in the link (`#experience?from=&to=&place=&persona=`).
 */
export function ExperiencePage({ api, ownTerritories }: Props) {
  const [linked] = useState(() => readExperienceRoute(parseHashRoute(window.location.hash).params));
  const [range, setRange] = useState<MonthRange>(() => linked.range ?? lastMonths(new Date(), 12));
  const problem = rangeProblem(range);
  const valid = problem ? null : range;

  const options = useQuery(api, EXPERIENCE_FILTER_OPTIONS, {});
  const territories = useMemo(
    () => (options.data?.territories ?? []).filter((t) => ownTerritories === null || ownTerritories.includes(t.id)),
    [options.data, ownTerritories],
  );
  const models = useMemo(
    () => (options.data?.scoringModels ?? []).filter((m) => m.status === "ACTIVE" && m.subject === "HCP").map((m) => m.name),
    [options.data],
  );
  const regions = useMemo(
    () =>
      ownTerritories === null
        ? [...new Set((options.data?.territories ?? []).map((t) => t.region).filter((r): r is string => Boolean(r)))].sort()
        : [],
    [options.data, ownTerritories],
  );
  const [chosenTerritory, setTerritory] = useState<string | null>(linked.place);
  const region = chosenTerritory?.startsWith(REGION_PREFIX) ? chosenTerritory.slice(REGION_PREFIX.length) : null;
  const territory = region === null ? (territories.find((t) => t.id === chosenTerritory) ?? territories[0] ?? null) : null;
  const [persona, setPersona] = useState<string | null>(linked.persona);
  // The link follows the filters without adding a back-button step per change.
  useEffect(() => replaceRoute(experienceHash({ range, place: chosenTerritory, persona })), [range, chosenTerritory, persona]);

  const personaResult = useQuery(api, EXPERIENCE_BREAKDOWN, valid && { by: "PERSONA" as const, ...valid });
  const personas = { ...personaResult, data: personaResult.data?.experienceBreakdown ?? null };
  const personaGroup = persona === null ? null : personas.data?.find((g) => g.group === persona);
  const place = region !== null ? { region } : territory ? { territoryId: territory.id } : null;
  const report = useQuery(api, EXPERIENCE_REPORT, valid && persona === null && place ? { ...place, ...valid } : null);
  const subject = personaGroup
    ? { title: `Persona ${personaGroup.group}, all HCPs you can see`, kpis: personaGroup.kpis, trend: null }
    : report.data && {
        title: `${report.data.experience.kind === "REGION" ? "Region" : "Territory"} ${report.data.experience.name}`,
        kpis: report.data.experience.kpis,
        trend: report.data.experience.trend,
      };

  const [organization, setOrganization] = useState<ExperienceTableRow | null>(null);

  return (
    <section className="field-page experience-page" data-testid="experience-page">
      <div className="field-head">
        <h2>Experience</h2>
      </div>
      <ExperienceFilters
        range={range}
        onRange={setRange}
        rangeProblem={problem}
        territories={territories}
        regions={regions}
        territoryId={region !== null ? chosenTerritory : (territory?.id ?? null)}
        onTerritory={setTerritory}
        personas={personas.data?.map((g) => g.group) ?? null}
        persona={persona}
        onPersona={setPersona}
      />
      <QueryState result={options} what="the territories and scoring models" />
      {valid && (
        <>
          <section aria-labelledby="exp-subject-title">
            <h3 id="exp-subject-title" data-testid="exp-subject">
              {subject?.title ?? "KPIs"}
            </h3>
            {persona === null && !place && !options.loading && <p className="muted">No territory to report on: choose a persona.</p>}
            <QueryState result={persona === null ? report : personas} what="the KPIs" />
            {persona !== null && personas.data && !personaGroup && <p className="muted">No figures for persona {persona} in the range.</p>}
            {subject && (
              <>
                <ExperienceTiles kpis={subject.kpis} />
                <SubjectCharts kpis={subject.kpis} trend={subject.trend} />
              </>
            )}
          </section>
          <section aria-labelledby="exp-groups-title">
            <h3 id="exp-groups-title">Breakdowns</h3>
            <GroupBreakdowns api={api} range={valid} personas={personas} models={models} />
          </section>
          <section aria-labelledby="exp-journey-title">
            <h3 id="exp-journey-title">Journey</h3>
            <JourneyMapView api={api} range={valid} persona={persona} territoryId={territory?.id ?? null} />
          </section>
          <section aria-labelledby="exp-orgs-title">
            <h3 id="exp-orgs-title">Organizations</h3>
            {organization ? (
              <DrillDown
                key={`${organization.id}|${valid.from}|${valid.to}`}
                api={api}
                range={valid}
                organization={organization}
                onClose={() => setOrganization(null)}
              />
            ) : (
              <OrganizationTable key={`${valid.from}|${valid.to}`} api={api} range={valid} onOpen={setOrganization} />
            )}
          </section>
        </>
      )}
    </section>
  );
}
