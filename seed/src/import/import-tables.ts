import type { DatasetName } from "../datasets.ts";
import type {
  AccountRow,
  AffiliationRow,
  FeedbackRow,
  HcpRow,
  InfluenceRow,
  MetricRow,
  NetworkRow,
  OrganizationRow,
  TerritoryRow,
  TouchpointRow,
} from "../rows.ts";
import type { CsvValue } from "./csv-file.ts";

/**
 * One CSV file of the offline import: node rows of a label or relationship rows of a type,
 * with the importer's typed header (docs/MODEL.md property names; ID groups are the labels).
 */
export interface ImportTable<Row> {
  file: string;
  kind: "nodes" | "relationships";
  /** The node label or relationship type. */
  name: string;
  header: readonly string[];
  cells: (row: Row) => CsvValue[];
}

/** The node file of one label; its first header column is the label's ID group. */
const nodes = <Row>(file: string, label: string, header: readonly string[], cells: (row: Row) => CsvValue[]): ImportTable<Row> => ({
  file,
  kind: "nodes",
  name: label,
  header,
  cells,
});

/** The relationship file of one type between two ID groups; `ends` gives the start and end ids of a row. */
const links = <Row>(file: string, type: string, start: string, end: string, ends: (row: Row) => [string, string]): ImportTable<Row> => ({
  file,
  kind: "relationships",
  name: type,
  header: [`:START_ID(${start})`, `:END_ID(${end})`],
  cells: ends,
});

const ALIGNED_TO_HEADER = (label: string) => [`:START_ID(${label})`, ":END_ID(Territory)"];

const affiliations = (file: string, child: string, parent: string): ImportTable<AffiliationRow> => ({
  file,
  kind: "relationships",
  name: "AFFILIATED_WITH",
  header: [
    `:START_ID(${child})`,
    `:END_ID(${parent})`,
    "id",
    "weight:double",
    "primary:boolean",
    "type",
    "influence:double",
    "validFrom:date",
    "source",
    "confidence:double",
    "version:long",
  ],
  cells: (r) => [r.child, r.parent, r.id, r.weight, r.primary, r.type, r.influence, r.validFrom, r.source, r.confidence, 1],
});

/** The tables each dataset's rows go to (users are few and loaded online after the import). */
export const IMPORT_TABLES: Record<Exclude<DatasetName, "users">, ImportTable<never>[]> = {
  territories: [
    nodes("territories.csv", "Territory", ["id:ID(Territory)", "name", "region"], (r: TerritoryRow) => [r.id, r.name, r.region]),
  ],
  networks: [nodes("networks.csv", "Network", ["id:ID(Network)", "name", "kind"], (r: NetworkRow) => [r.id, r.name, r.kind])],
  organizations: [
    nodes("organizations.csv", "Organization", ["id:ID(Organization)", "name", "kind", "state"], (r: OrganizationRow) => [
      r.id,
      r.name,
      r.kind,
      r.state,
    ]),
  ],
  accounts: [
    nodes(
      "accounts.csv",
      "Account",
      ["id:ID(Account)", "name", "kind", "city", "state", "zip", "lat:double", "lon:double"],
      (r: AccountRow) => [r.id, r.name, r.kind, r.city, r.state, r.zip, r.lat, r.lon],
    ),
    {
      file: "accounts-aligned.csv",
      kind: "relationships",
      name: "ALIGNED_TO",
      header: ALIGNED_TO_HEADER("Account"),
      cells: (r: AccountRow) => [r.id, r.territory],
    },
  ],
  hcps: [
    nodes(
      "hcps.csv",
      "HCP",
      ["id:ID(HCP)", "npi", "firstName", "lastName", "name", "credential", "specialty", "city", "state", "zip", "lat:double", "lon:double"],
      (r: HcpRow) => [r.id, r.npi, r.firstName, r.lastName, r.name, r.credential, r.specialty, r.city, r.state, r.zip, r.lat, r.lon],
    ),
    {
      file: "hcps-aligned.csv",
      kind: "relationships",
      name: "ALIGNED_TO",
      header: ALIGNED_TO_HEADER("HCP"),
      cells: (r: HcpRow) => [r.id, r.territory],
    },
  ],
  organizationAffiliations: [affiliations("organization-affiliations.csv", "Organization", "Network")],
  accountAffiliations: [affiliations("account-affiliations.csv", "Account", "Organization")],
  hcpAffiliations: [affiliations("hcp-affiliations.csv", "HCP", "Account")],
  influences: [
    {
      file: "influences.csv",
      kind: "relationships",
      name: "INFLUENCES",
      header: [":START_ID(HCP)", ":END_ID(HCP)", "id", "weight:double", "type"],
      cells: (r: InfluenceRow) => [r.from, r.to, r.id, r.weight, r.type],
    },
  ],
  metrics: [
    nodes("metric-values.csv", "MetricValue", ["id:ID(MetricValue)", "entityId", "metric", "period", "value:double"], (r: MetricRow) => [
      r.id,
      r.entityId,
      r.metric,
      r.period,
      r.value,
    ]),
    links("has-metric.csv", "HAS_METRIC", "HCP", "MetricValue", (r: MetricRow) => [r.entityId, r.id]),
  ],
  touchpoints: [
    nodes(
      "touchpoints.csv",
      "Touchpoint",
      [
        "id:ID(Touchpoint)",
        "hcpId",
        "channel",
        "stage",
        "at:datetime",
        "month",
        "delivered:boolean",
        "events:string[]",
        "minutes:long",
        "campaign",
      ],
      (r: TouchpointRow) => [r.id, r.hcpId, r.channel, r.stage, r.at, r.month, r.delivered, r.events.join(";"), r.minutes, r.campaign],
    ),
    links("touchpoints-with.csv", "WITH", "Touchpoint", "HCP", (r: TouchpointRow) => [r.id, r.hcpId]),
  ],
  feedback: [
    nodes(
      "feedback.csv",
      "Feedback",
      ["id:ID(Feedback)", "hcpId", "kind", "score:long", "about", "channel", "answeredAt:datetime", "month"],
      (r: FeedbackRow) => [r.id, r.hcpId, r.kind, r.score, r.about, r.channel, r.answeredAt, r.month],
    ),
    links("feedback-from.csv", "FROM", "Feedback", "HCP", (r: FeedbackRow) => [r.id, r.hcpId]),
  ],
};
