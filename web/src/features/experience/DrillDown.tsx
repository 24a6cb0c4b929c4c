import { useState } from "react";
import { EXPERIENCE_DRILL_DOWN } from "../../api/experience.ts";
import type { Api } from "../../api/use-api.ts";
import { count, points, signedPoints } from "./experience-format.ts";
import { type MonthRange, previousRange } from "./month-range.ts";
import { NpsBandBadge } from "./NpsBandBadge.tsx";
import { QueryState } from "../../app/QueryState.tsx";
import { useQuery } from "../../api/use-query.ts";

export interface DrillStep {
  id: string;
  name: string;
}

interface Props {
  api: Api;
  range: MonthRange;
  organization: DrillStep;
  onClose: () => void;
}

/**
 * Where an organization's NPS change comes from: the range against the range of the same length
 * before it, its accounts with the biggest drag first; an account drills to its HCPs the same way.
 */
export function DrillDown({ api, range, organization, onClose }: Props) {
  const [path, setPath] = useState<DrillStep[]>([organization]);
  const here = path[path.length - 1]!;
  const before = previousRange(range);
  const result = useQuery(api, EXPERIENCE_DRILL_DOWN, { id: here.id, ...range, previousFrom: before.from, previousTo: before.to });
  const drill = result.data?.experienceDrillDown;
  const change =
    drill && drill.parent.kpis.nps.score !== null && drill.previous.nps.score !== null
      ? drill.parent.kpis.nps.score - drill.previous.nps.score
      : null;

  return (
    <div className="drill-down" data-testid="drill-down">
      <nav aria-label="Drill-down path">
        <ol className="breadcrumb" data-testid="drill-breadcrumb">
          <li>
            <button type="button" className="link" onClick={onClose} data-testid="drill-crumb-all">
              All organizations
            </button>
          </li>
          {path.map((step, i) => (
            <li key={step.id}>
              {i < path.length - 1 ? (
                <button type="button" className="link" onClick={() => setPath(path.slice(0, i + 1))} data-testid={`drill-crumb-${step.id}`}>
                  {step.name}
                </button>
              ) : (
                <span aria-current="page" data-testid="drill-current">
                  {step.name}
                </span>
              )}
            </li>
          ))}
        </ol>
      </nav>
      <p className="muted">
        {range.from} to {range.to} compared with {before.from} to {before.to}
      </p>
      <QueryState result={result} what={`the drill-down of ${here.name}`} />
      {drill && (
        <>
          <p data-testid="drill-summary">
            NPS <b data-testid="drill-nps-now">{points(drill.parent.kpis.nps.score)}</b> <NpsBandBadge band={drill.parent.kpis.nps.band} />{" "}
            now, <span data-testid="drill-nps-before">{points(drill.previous.nps.score)}</span> before: change{" "}
            <b data-testid="drill-nps-change">{signedPoints(change)}</b>
          </p>
          {drill.children.length === 0 ? (
            <p className="muted">Nothing below {here.name}.</p>
          ) : (
            <table className="field-table experience-table" data-testid="drill-children">
              <caption className="sr-only">What {here.name} is made of, biggest drag on its NPS first</caption>
              <thead>
                <tr>
                  <th scope="col">{drill.children[0]!.kind === "HCP" ? "HCP" : "Account"}</th>
                  <th scope="col">NPS now</th>
                  <th scope="col">NPS before</th>
                  <th scope="col">change</th>
                  <th scope="col">points of the parent's change</th>
                  <th scope="col">answers now</th>
                  <th scope="col">weight</th>
                </tr>
              </thead>
              <tbody>
                {drill.children.map((c) => (
                  <tr key={c.id} data-testid={`drill-child-${c.id}`}>
                    <td>
                      {c.kind === "HCP" ? (
                        c.name
                      ) : (
                        <button
                          type="button"
                          className="link"
                          onClick={() => setPath([...path, { id: c.id, name: c.name }])}
                          data-testid="drill-open"
                        >
                          {c.name}
                        </button>
                      )}
                    </td>
                    <td data-testid="drill-child-now">
                      {points(c.current.nps.score)} <NpsBandBadge band={c.current.nps.band} />
                    </td>
                    <td data-testid="drill-child-before">{points(c.previous.nps.score)}</td>
                    <td data-testid="drill-child-change">{signedPoints(c.npsChange)}</td>
                    <td data-testid="drill-child-impact">{signedPoints(c.npsImpact)}</td>
                    <td>{count(c.current.nps.responses)}</td>
                    <td>{count(c.weight)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </div>
  );
}
