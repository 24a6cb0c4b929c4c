import type { MonthRange } from "./month-range.ts";

interface Props {
  range: MonthRange;
  onRange: (range: MonthRange) => void;
  /** Why the API would refuse the range; null when it is fine. */
  rangeProblem: string | null;
  territories: readonly { id: string; name: string }[];
  /** Regions to offer beside the territories (none for a REP). */
  regions: readonly string[];
  /** The chosen territory id, or `region:<name>` for a region. */
  territoryId: string | null;
  onTerritory: (id: string) => void;
  /** The persona groups of the range (null while they load). */
  personas: readonly string[] | null;
  persona: string | null;
  onPersona: (persona: string | null) => void;
}

/** How a region is told from a territory in the territory select. */
export const REGION_PREFIX = "region:";

/** The dashboard's filters: the month range, the territory or region of the territory view, a persona. */
export function ExperienceFilters(p: Props) {
  return (
    <fieldset className="inline-form experience-filters" data-testid="experience-filters">
      <legend className="sr-only">Filters</legend>
      <label>
        From month
        <input
          type="month"
          value={p.range.from}
          onChange={(e) => p.onRange({ ...p.range, from: e.target.value })}
          data-testid="exp-from"
          aria-invalid={p.rangeProblem !== null}
        />
      </label>
      <label>
        To month (included)
        <input
          type="month"
          value={p.range.to}
          onChange={(e) => p.onRange({ ...p.range, to: e.target.value })}
          data-testid="exp-to"
          aria-invalid={p.rangeProblem !== null}
        />
      </label>
      <label>
        Territory or region
        <select
          value={p.territoryId ?? ""}
          onChange={(e) => p.onTerritory(e.target.value)}
          disabled={p.persona !== null || p.territories.length === 0}
          aria-describedby={p.persona !== null ? "exp-territory-note" : undefined}
          data-testid="exp-territory"
        >
          {p.territories.length === 0 && <option value="">No territory</option>}
          <optgroup label="Territories">
            {p.territories.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </optgroup>
          {p.regions.length > 0 && (
            <optgroup label="Regions">
              {p.regions.map((r) => (
                <option key={r} value={`${REGION_PREFIX}${r}`}>
                  Region {r}
                </option>
              ))}
            </optgroup>
          )}
        </select>
      </label>
      <label>
        Persona
        <select
          value={p.persona ?? ""}
          onChange={(e) => p.onPersona(e.target.value || null)}
          disabled={p.personas === null}
          data-testid="exp-persona"
        >
          <option value="">All personas (territory view)</option>
          {p.personas?.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
      </label>
      {p.rangeProblem && (
        <p className="error" role="alert" data-testid="exp-range-problem">
          {p.rangeProblem}
        </p>
      )}
      {p.persona !== null && (
        <p className="muted" id="exp-territory-note">
          A persona's figures cover every HCP you can see: the API cannot narrow them to a territory.
        </p>
      )}
    </fieldset>
  );
}
