import { SIMULATE_SCORING_MODEL, type ScoringModelVersion } from "../../api/scoring.ts";
import type { Api } from "../../api/use-api.ts";
import { QueryState } from "../../app/QueryState.tsx";
import { useQuery } from "../../api/use-query.ts";
import { segmentLabels } from "./definition-form.ts";
import { migrationMatrix, segmentCounts } from "./migration-matrix.ts";

/** What activating the version would do: the segment migration matrix against the active version and the counts per segment. */
export function SimulationView({ api, version }: { api: Api; version: ScoringModelVersion }) {
  const result = useQuery(api, SIMULATE_SCORING_MODEL, { name: version.name, version: version.version });
  const sim = result.data?.simulateScoringModel;
  const order = segmentLabels(version.definition);
  const matrix = sim && migrationMatrix(sim.migration, order);
  const counts = sim && segmentCounts(sim.activeCounts, sim.draftCounts, order);
  const against = sim?.activeVersion ? `active version ${sim.activeVersion}` : "no active version";
  return (
    <section aria-labelledby="simulation-title" className="simulation" data-testid="simulation">
      <h4 id="simulation-title">Simulation of version {version.version}</h4>
      <QueryState result={result} what="the simulation (every subject is scored in memory)" />
      {sim && matrix && counts && (
        <>
          <p data-testid="simulation-summary">
            {sim.subjects} {sim.subject} subjects scored; {sim.changed} would change segment against {against}. Nothing was written.
          </p>
          <p id="migration-help" className="muted">
            Rows: the segment now ({against}; (none) without a score). Columns: the segment under version {version.version}. Each cell
            counts the subjects that would move so.
          </p>
          <table className="field-table migration-matrix" data-testid="migration-matrix" aria-describedby="migration-help">
            <caption>Segment migration</caption>
            <thead>
              <tr>
                <td />
                {matrix.to.map((to) => (
                  <th key={to} scope="col">
                    to {to}
                  </th>
                ))}
                <th scope="col">Total</th>
              </tr>
            </thead>
            <tbody>
              {matrix.from.map((from, i) => (
                <tr key={from}>
                  <th scope="row">from {from}</th>
                  {matrix.to.map((to, j) => (
                    <td key={to} className={`num${from === to ? " same" : ""}`} data-testid={`migration-${from}-${to}`}>
                      {matrix.cells[i]![j]}
                    </td>
                  ))}
                  <td className="num total">{matrix.rowTotals[i]}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">Total</th>
                {matrix.columnTotals.map((n, j) => (
                  <td key={matrix.to[j]} className="num total">
                    {n}
                  </td>
                ))}
                <td className="num total">{matrix.total}</td>
              </tr>
            </tfoot>
          </table>
          <table className="field-table segment-counts" data-testid="segment-counts">
            <caption>Subjects per segment</caption>
            <thead>
              <tr>
                <th scope="col">Segment</th>
                <th scope="col">Now</th>
                <th scope="col">Version {version.version}</th>
                <th scope="col">Change</th>
              </tr>
            </thead>
            <tbody>
              {counts.map((c) => (
                <tr key={c.segment}>
                  <th scope="row">{c.segment}</th>
                  <td className="num">{c.active}</td>
                  <td className="num" data-testid={`simulated-count-${c.segment}`}>
                    {c.simulated}
                  </td>
                  <td className="num">{c.change > 0 ? `+${c.change}` : c.change}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
