import { useMemo, useState } from "react";
import { EXPERIENCE_BREAKDOWN } from "../../api/experience.ts";
import type { ExperienceGroup } from "../../api/experience-types.ts";
import type { Api } from "../../api/use-api.ts";
import { ChartFigure } from "./ChartFigure.tsx";
import { groupBreakdownChart } from "./chart-models.ts";
import type { MonthRange } from "./month-range.ts";
import { QueryState } from "../../app/QueryState.tsx";
import { type QueryResult, useQuery } from "../../api/use-query.ts";

interface Props {
  api: Api;
  range: MonthRange;
  /** The persona groups of the range (the page asks for them once, for its filter too). */
  personas: QueryResult<ExperienceGroup[]>;
  /** Names of the active scoring models that segment HCPs. */
  models: readonly string[];
}

/** NPS, CSAT and engagement of HCP groups: by persona, and by segment of a scoring model. */
export function GroupBreakdowns({ api, range, personas, models }: Props) {
  const [chosenModel, setModel] = useState<string | null>(null);
  const model = chosenModel ?? models[0] ?? null;
  const segments = useQuery(api, EXPERIENCE_BREAKDOWN, model ? { by: "SEGMENT" as const, ...range, model } : null);
  const personaChart = useMemo(() => personas.data && groupBreakdownChart(personas.data), [personas.data]);
  const segmentChart = useMemo(() => segments.data && groupBreakdownChart(segments.data.experienceBreakdown), [segments.data]);

  return (
    <div className="trends">
      <div className="breakdown">
        <QueryState result={personas} what="the personas" />
        {personaChart && (
          <ChartFigure
            title="By persona"
            chart={personaChart}
            testId="chart-persona"
            empty={personaChart.rows.length > 0 ? null : "No figures in the range."}
          />
        )}
      </div>
      <div className="breakdown">
        <label className="inline-form">
          Scoring model of the segments
          <select value={model ?? ""} onChange={(e) => setModel(e.target.value)} disabled={models.length === 0} data-testid="exp-model">
            {models.length === 0 && <option value="">No active HCP scoring model</option>}
            {models.map((m) => (
              <option key={m} value={m}>
                {m}
              </option>
            ))}
          </select>
        </label>
        {!model && <p className="muted">Segments come from an active scoring model of HCPs; there is none.</p>}
        <QueryState result={segments} what="the segments" />
        {segmentChart && (
          <ChartFigure
            title={`By segment of ${model}`}
            chart={segmentChart}
            testId="chart-segment"
            empty={segmentChart.rows.length > 0 ? null : "No figures in the range."}
          />
        )}
      </div>
    </div>
  );
}
