import { useMemo } from "react";
import { JOURNEY_MAP } from "../../api/experience.ts";
import { JourneyStage } from "../../api/generated/graphql.ts";
import type { Api } from "../../api/use-api.ts";
import { channelLabel, count, NO_VALUE, ratioPercent } from "./experience-format.ts";
import { journeyGrid } from "./journey-grid.ts";
import type { MonthRange } from "./month-range.ts";
import { OKABE_ITO } from "./palette.ts";
import { QueryState } from "../../app/QueryState.tsx";
import { useQuery } from "../../api/use-query.ts";
import { ColumnHeads } from "../../app/ColumnHeads.tsx";

interface Props {
  api: Api;
  range: MonthRange;
  /** The persona chosen on the page, or null for every persona. */
  persona: string | null;
  /** The territory chosen on the page (only without a persona), or null for all the caller may see. */
  territoryId: string | null;
}

/** The API's stages, in journey order. */
const STAGES = Object.values(JourneyStage);

/** The journey of the chosen persona's (or territory's) HCPs: stage x channel heat map and the steps between stages. */
export function JourneyMapView({ api, range, persona, territoryId }: Props) {
  const result = useQuery(api, JOURNEY_MAP, { ...range, persona, territoryId: persona === null ? territoryId : null });
  const map = result.data?.journeyMap ?? null;
  const grid = useMemo(() => map && journeyGrid(STAGES, map.cells), [map]);
  const subject = persona !== null ? `persona ${persona}` : territoryId ? `territory ${territoryId}` : "all HCPs you can see";
  return (
    <div data-testid="journey-map">
      <p className="muted">
        Journey of {subject}: {map ? `${map.hcps} HCPs with staged touchpoints` : "…"}
      </p>
      <QueryState result={result} what="the journey" />
      {grid && grid.channels.length === 0 && <p className="muted">No staged touchpoints in the range.</p>}
      {grid && grid.channels.length > 0 && (
        <table className="field-table journey-grid">
          <caption>Touchpoints by stage and channel (darker: more)</caption>
          <thead>
            <tr>
              <th scope="col">stage</th>
              {grid.channels.map((c) => (
                <th key={c} scope="col">
                  {channelLabel(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {grid.stages.map((stage, s) => (
              <tr key={stage}>
                <th scope="row">{stage.toLowerCase()}</th>
                {grid.channels.map((c, k) => (
                  <td
                    key={c}
                    style={{
                      background: `color-mix(in srgb, ${OKABE_ITO.blue} ${Math.round(grid.shade[s]![k]! * 85)}%, transparent)`,
                      color: grid.shade[s]![k]! > 0.5 ? "#fff" : undefined,
                    }}
                  >
                    {count(grid.counts[s]![k]!)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {map && map.hcps > 0 && (
        <table className="field-table" data-testid="journey-steps">
          <caption>From each stage to the next</caption>
          <ColumnHeads names={["stage", "HCPs", "went on", "conversion", "drop-off", "median days to next"]} />
          <tbody>
            {map.steps.map((step) => (
              <tr key={step.stage}>
                <th scope="row">{step.stage.toLowerCase()}</th>
                <td>{step.hcps}</td>
                <td>{step.convertedToNext ?? NO_VALUE}</td>
                <td>{ratioPercent(step.conversion)}</td>
                <td>{ratioPercent(step.dropOff)}</td>
                <td>
                  {step.medianDaysToNext === null || step.medianDaysToNext === undefined ? NO_VALUE : step.medianDaysToNext.toFixed(1)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
