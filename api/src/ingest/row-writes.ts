/**
 * How a validated row becomes query parameters: which named query applies it (the `group`,
 * e.g. one per label pair) and the row map that query reads. Dates become Neo4j dates here.
 */
import { createHash } from "node:crypto";
import neo4j from "neo4j-driver";
import { LABEL_OF_KIND as LABEL_OF, type EntityKind } from "../model/entity-kinds.ts";
import type { AffiliationRow } from "./kinds/affiliations.ts";
import { ENTITY_KIND_OF } from "./kinds/entities.ts";
import type { InfluenceRow } from "./kinds/influences.ts";
import type { KindName, NodeKind } from "./kinds/index.ts";
import type { MetricRow } from "./kinds/metrics.ts";
import type { TerritoryRow } from "./kinds/territories.ts";
import type { UserRow } from "./kinds/users.ts";
import { AFFILIATION_END_DATE, INFLUENCE_UPSERT, USER_UPSERT, affiliationUpsert, entityEndDate, entityUpsert, metricUpsert, territoryUpsert } from "./write-queries.ts";

export interface RowWrite {
  group: string;
  query: string;
  params: Record<string, unknown>;
}



const date = (iso: string) => {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return new neo4j.types.Date(y, m, d);
};

/** Stable edge ids: re-importing the same row addresses the same edge. */
const edgeId = (prefix: string, ...parts: string[]) => `${prefix}-${createHash("sha1").update(parts.join("|")).digest("hex").slice(0, 20)}`;

/** Drops undefined values, so optional empty cells leave stored values as they are. */
function defined(map: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(map).filter(([, v]) => v !== undefined));
}

export function rowWrite(kind: KindName, row: any, kindOf: ReadonlyMap<string, NodeKind>): RowWrite {
  const entity = ENTITY_KIND_OF[kind];
  if (entity) return { group: kind, query: entityUpsert(LABEL_OF[entity]), params: { id: row.id, props: entityProps(kind, row) } };
  switch (kind) {
    case "affiliations": {
      const r = row as AffiliationRow;
      const child = kindOf.get(r.child_id) as EntityKind;
      const parent = kindOf.get(r.parent_id) as EntityKind;
      return {
        group: `affiliations:${child}>${parent}`,
        query: affiliationUpsert(LABEL_OF[child], LABEL_OF[parent]),
        params: {
          childId: r.child_id,
          parentId: r.parent_id,
          edgeId: edgeId("AFF", r.child_id, r.parent_id, r.valid_from),
          validTo: r.valid_to ? date(r.valid_to) : null,
          influence: r.influence ?? null,
          props: defined({ weight: r.weight, primary: r.primary, type: r.type, validFrom: date(r.valid_from), source: r.source, confidence: r.confidence }),
        },
      };
    }
    case "influences": {
      const r = row as InfluenceRow;
      return { group: kind, query: INFLUENCE_UPSERT, params: { fromId: r.from_id, toId: r.to_id, type: r.type, weight: r.weight, edgeId: edgeId("INF", r.from_id, r.to_id, r.type) } };
    }
    case "metrics": {
      const r = row as MetricRow;
      const entityKind = kindOf.get(r.entity_id) as EntityKind;
      return {
        group: `metrics:${entityKind}`,
        query: metricUpsert(LABEL_OF[entityKind]),
        params: { id: `${r.entity_id}|${r.metric}|${r.period}`, entityId: r.entity_id, metric: r.metric, period: r.period, value: r.value },
      };
    }
    case "territories": {
      const r = row as TerritoryRow;
      const entityKind = r.entity_id ? (kindOf.get(r.entity_id) as EntityKind) : null;
      return {
        group: `territories:${entityKind ?? "-"}`,
        query: territoryUpsert(entityKind ? LABEL_OF[entityKind] : null),
        params: { id: r.id, name: r.name, region: r.region, entityId: r.entity_id ?? null },
      };
    }
    case "users": {
      const r = row as UserRow;
      return {
        group: kind,
        query: USER_UPSERT,
        params: {
          id: r.id,
          props: defined({ name: r.name, email: r.email, role: r.role, baseLat: r.base_lat, baseLon: r.base_lon }),
          territoryIds: r.territory_ids ?? r.account_ids ?? null,
          coverageType: r.role === "MANAGER" ? "MANAGES" : r.role === "KAM" ? "KEY_ACCOUNT" : "COVERS",
        },
      };
    }
    default:
      throw new Error(`no writer for ${kind}`);
  }
}

function entityProps(kind: KindName, row: any): Record<string, unknown> {
  switch (kind) {
    case "hcps":
      return defined({
        npi: row.npi, firstName: row.first_name, lastName: row.last_name, name: `${row.last_name}, ${row.first_name} ${row.credential}`,
        credential: row.credential, specialty: row.specialty, city: row.city, state: row.state, zip: row.zip, lat: row.lat, lon: row.lon,
        email: row.email, phone: row.phone,
      });
    case "accounts":
      return defined({ name: row.name, kind: row.kind, city: row.city, state: row.state, zip: row.zip, lat: row.lat, lon: row.lon, address: row.address, phone: row.phone });
    case "organizations":
      return defined({ name: row.name, kind: row.kind, state: row.state });
    default:
      return defined({ name: row.name, kind: row.kind });
  }
}

/** The query that end-dates the records a snapshot found absent from the file. */
export function endDateQuery(kind: KindName): string {
  const entity = ENTITY_KIND_OF[kind];
  return entity ? entityEndDate(LABEL_OF[entity]) : AFFILIATION_END_DATE;
}
