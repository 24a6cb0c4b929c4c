/** GraphQL documents of the customer-experience dashboard (docs/EXPERIENCE.md): KPIs, tables, drill-downs, breakdowns. */
import { graphql } from "./generated/gql.ts";

export const EXPERIENCE_KPI_FIELDS = graphql(`
  fragment ExperienceKpiFields on ExperienceKpis {
    nps { score band responses promoters passives detractors low high distribution }
    csat { score responses }
    engagement { delivered activated rate byChannel { channel delivered activated rate } }
    retention { period crr start end new }
  }
`);

/** The headline figures of a row or a child: no distributions, channels or quarters. */
export const EXPERIENCE_HEADLINE_FIELDS = graphql(`
  fragment ExperienceHeadlineFields on ExperienceKpis {
    nps { score band responses }
    csat { score responses }
    engagement { rate delivered }
  }
`);

export const EXPERIENCE_REPORT = graphql(`
  query ExperienceReport($id: ID, $territoryId: ID, $region: String, $from: String!, $to: String!) {
    experience(id: $id, territoryId: $territoryId, region: $region, from: $from, to: $to) {
      id name kind from to
      kpis { ...ExperienceKpiFields }
      trend { month nps { score responses } }
    }
  }
`);

export const EXPERIENCE_SUMMARY = graphql(`
  query ExperienceSummary($id: ID!, $from: String!, $to: String!) {
    experience(id: $id, from: $from, to: $to) { id kpis { ...ExperienceHeadlineFields } }
  }
`);

export const EXPERIENCE_BREAKDOWN = graphql(`
  query ExperienceBreakdown($by: ExperienceBreakdownBy!, $from: String!, $to: String!, $model: String) {
    experienceBreakdown(by: $by, from: $from, to: $to, model: $model) { group kpis { ...ExperienceKpiFields } }
  }
`);

export const EXPERIENCE_TABLE = graphql(`
  query ExperienceTable($level: ExperienceLevel!, $from: String!, $to: String!, $sort: ExperienceSort, $descending: Boolean, $limit: Int, $offset: Int) {
    experienceTable(level: $level, from: $from, to: $to, sort: $sort, descending: $descending, limit: $limit, offset: $offset) {
      total
      rows { id name kpis { ...ExperienceHeadlineFields } }
    }
  }
`);

export const EXPERIENCE_DRILL_DOWN = graphql(`
  query ExperienceDrillDown($id: ID!, $from: String!, $to: String!, $previousFrom: String!, $previousTo: String!) {
    experienceDrillDown(id: $id, from: $from, to: $to, previousFrom: $previousFrom, previousTo: $previousTo) {
      parent { id name kind kpis { ...ExperienceHeadlineFields } }
      previous { nps { score band responses } }
      children {
        id name kind weight npsChange npsImpact
        current { ...ExperienceHeadlineFields }
        previous { nps { score band responses } }
      }
    }
  }
`);

/** What the dashboard's filters offer: territories by name, and the scoring models (the active HCP ones segment HCPs). */
export const EXPERIENCE_FILTER_OPTIONS = graphql(`
  query ExperienceFilterOptions {
    territories(sort: [{ name: ASC }], limit: 1000) { id name region }
    scoringModels { name version status subject }
  }
`);

export const JOURNEY_MAP = graphql(`
  query JourneyMap($from: String!, $to: String!, $persona: String, $territoryId: ID) {
    journeyMap(from: $from, to: $to, persona: $persona, territoryId: $territoryId) {
      hcps
      cells { stage channel touchpoints }
      steps { stage hcps convertedToNext conversion dropOff medianDaysToNext }
    }
  }
`);
