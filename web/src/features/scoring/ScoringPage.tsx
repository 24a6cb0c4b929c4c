import { useCallback, useEffect, useMemo, useState } from "react";
import { SCORING_MODELS, type ScoringModelVersion } from "../../api/scoring.ts";
import { errorMessage, type Api } from "../../api/use-api.ts";
import { navigate } from "../../app/hash-route.ts";
import { useHashRoute } from "../../app/use-hash-route.ts";
import { ModelList } from "./ModelList.tsx";
import { type VersionRef, versionHash, versionOfPath } from "./model-versions.ts";
import { VersionView } from "./VersionView.tsx";
import "./scoring.css";

/**
 * Scoring models (docs/SCORING.md): every version with its status; one version opened read-only
 * (`#scoring/<name>/<version>`), copied into a new draft or edited while a draft, simulated
 * against the active version, and activated.
 */
export function ScoringPage({ api }: { api: Api }) {
  const route = useHashRoute();
  const selected = useMemo(() => versionOfPath(route.path), [route]);

  const [models, setModels] = useState<{ versions: ScoringModelVersion[] | null; error: string | null }>({ versions: null, error: null });
  const reload = useCallback(
    () =>
      api(SCORING_MODELS)
        .then((d) => setModels({ versions: d.scoringModels, error: null }))
        .catch((err: unknown) => setModels((m) => ({ versions: m.versions, error: errorMessage(err) }))),
    [api],
  );
  useEffect(() => {
    void reload();
  }, [reload]);

  const version = selected && models.versions?.find((v) => v.name === selected.name && v.version === selected.version);
  const open = (v: VersionRef) => navigate(versionHash(v));

  return (
    <section className="field-page scoring-page" data-testid="scoring-page" aria-labelledby="scoring-title">
      <div className="field-head">
        <h2 id="scoring-title">Scoring models</h2>
      </div>
      {models.error && (
        <p className="error" role="alert">
          Could not load the scoring models: {models.error}
        </p>
      )}
      {!models.versions && !models.error && (
        <p className="muted" role="status">
          Loading the scoring models…
        </p>
      )}
      {models.versions && (
        <div className="scoring-layout">
          <ModelList versions={models.versions} selected={selected} />
          {selected && !version && (
            <p className="error" role="alert" data-testid="scoring-version-missing">
              There is no version {selected.version} of {selected.name}.
            </p>
          )}
          {version && (
            <VersionView
              key={`${version.name}|${version.version}`}
              api={api}
              version={version}
              versions={models.versions.filter((v) => v.name === version.name)}
              onSaved={async (saved) => {
                await reload();
                open(saved);
              }}
              onActivated={() => void reload()}
            />
          )}
        </div>
      )}
    </section>
  );
}
