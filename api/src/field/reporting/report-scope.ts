/**
 * Which figures a caller may read (docs/FIELD.md, Reporting): REP their own and the territories
 * they cover, KAM their own, MANAGER the territories they manage, a region whose every territory
 * they manage and the reps covering one of them, everyone else anything. Anything else is the same
 * FORBIDDEN whether or not the id exists. The territories come from the token's claims.
 */
import type { Driver } from "neo4j-driver";
import { DomainError, ErrorCode } from "../../graphql/errors.ts";
import type { Claims } from "../../model/claims.ts";
import { COVERS_ONE_OF, REGION_TERRITORY_IDS, REP_TERRITORIES, TERRITORY_IDS } from "./report-queries.ts";

export const KPI_SCOPES = ["REP", "TERRITORY", "REGION", "ALL"] as const;
export type KpiScope = (typeof KPI_SCOPES)[number];

export interface ResolvedScope {
  scope: KpiScope;
  id: string | null;
  /** Activities count only with subjects aligned to one of these, targets only of their plans; null: no restriction. */
  territories: string[] | null;
  /** The rep of a REP scope. */
  rep: { id: string; name: string; covers: string[] } | null;
  /** The only rep whose row the caller may see in `byRep` (REP and KAM callers: themselves). */
  onlyRep: string | null;
}

const OWN_ONLY = new Set(["REP", "KAM"]);

export function forbidden(claims: Claims): DomainError {
  return new DomainError(
    ErrorCode.FORBIDDEN,
    claims.role === "MANAGER"
      ? "A MANAGER may read the figures of the territories they manage, of regions all of whose territories they manage, and of the reps covering them."
      : `A ${claims.role} may read the figures of their own activities${claims.role === "REP" ? " and of the territories they cover" : ""}.`,
  );
}

async function first(driver: Driver, query: string, params: Record<string, unknown>) {
  return (await driver.executeQuery(query, params, { routing: "READ" })).records[0];
}

export async function resolveScope(driver: Driver, claims: Claims, scope: KpiScope, id: string | null): Promise<ResolvedScope> {
  const ownOnly = OWN_ONLY.has(claims.role);
  const manager = claims.role === "MANAGER";
  const onlyRep = ownOnly ? claims.sub : null;
  const allowedTerritories = new Set(claims.territories);
  switch (scope) {
    case "ALL":
      if (ownOnly || manager) throw forbidden(claims);
      return { scope, id: null, territories: null, rep: null, onlyRep };
    case "TERRITORY": {
      if ((ownOnly || manager) && !(claims.role !== "KAM" && allowedTerritories.has(id!))) throw forbidden(claims);
      const territories = (await first(driver, TERRITORY_IDS, { id }))!.get("territories") as string[];
      if (territories.length === 0) throw new DomainError(ErrorCode.NOT_FOUND, `Territory ${id} not found`);
      return { scope, id, territories, rep: null, onlyRep };
    }
    case "REGION": {
      if (ownOnly) throw forbidden(claims);
      const territories = (await first(driver, REGION_TERRITORY_IDS, { id }))!.get("territories") as string[];
      if (manager && (territories.length === 0 || territories.some((t) => !allowedTerritories.has(t)))) throw forbidden(claims);
      if (territories.length === 0) throw new DomainError(ErrorCode.NOT_FOUND, `Region ${id} not found`);
      return { scope, id, territories, rep: null, onlyRep };
    }
    case "REP": {
      const repId = id ?? claims.sub;
      if (ownOnly && repId !== claims.sub) throw forbidden(claims);
      if (manager && !(await first(driver, COVERS_ONE_OF, { id: repId, territories: claims.territories }))!.get("covers"))
        throw forbidden(claims);
      const r = await first(driver, REP_TERRITORIES, { id: repId });
      if (!r) throw new DomainError(ErrorCode.NOT_FOUND, `User ${repId} not found`);
      return {
        scope,
        id: repId,
        territories: null,
        rep: { id: repId, name: r.get("name") as string, covers: r.get("covers") as string[] },
        onlyRep,
      };
    }
  }
}
