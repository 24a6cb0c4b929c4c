import type { ScoringModelVersion } from "../../api/scoring.ts";
import { byModel, formatTime, type VersionRef, versionHash } from "./model-versions.ts";
import { ColumnHeads } from "../../app/ColumnHeads.tsx";

/** Every model with its versions (newest first): status, subject, who saved it and when; a version's link opens it. */
export function ModelList({ versions, selected }: { versions: readonly ScoringModelVersion[]; selected: VersionRef | null }) {
  if (versions.length === 0) return <p className="muted">No scoring models yet.</p>;
  return (
    <table className="field-table scoring-models" data-testid="scoring-models">
      <caption className="sr-only">Scoring models and their versions; open a version to see, copy, simulate or activate it</caption>
      <ColumnHeads names={["Model", "Version", "Status", "Subject", "Saved by", "Saved", "Activated"]} />
      {byModel(versions).map((model) => (
        <tbody key={model.name} data-testid={`scoring-model-${model.name}`}>
          {model.versions.map((v, i) => {
            const current = selected?.name === v.name && selected.version === v.version;
            return (
              <tr key={v.version} className={current ? "selected" : undefined} data-testid={`scoring-version-${v.name}-${v.version}`}>
                {i === 0 ? (
                  <th scope="rowgroup" rowSpan={model.versions.length}>
                    {model.name}
                  </th>
                ) : null}
                <td>
                  <a href={versionHash(v)} aria-current={current ? "page" : undefined}>
                    v{v.version}
                    <span className="sr-only"> of {v.name}</span>
                  </a>
                </td>
                <td>
                  <span className={`status status-${v.status.toLowerCase()}`}>{v.status}</span>
                </td>
                <td>{v.subject}</td>
                <td>{v.createdBy}</td>
                <td>{formatTime(v.createdAt)}</td>
                <td>{formatTime(v.activatedAt)}</td>
              </tr>
            );
          })}
        </tbody>
      ))}
    </table>
  );
}
