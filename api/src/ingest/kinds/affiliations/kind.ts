import neo4j from "neo4j-driver";
import { z } from "zod";
import { LABEL_OF_KIND, type EntityKind } from "../../../model/entity-kinds.ts";
import { EDGE_SOURCES, INFLUENCE_WORDS } from "../../../model/vocabulary.ts";
import { decimal, entityId, flag, isoDate, oneOf, requiredText } from "../../cells.ts";
import { defineKind } from "../kind.ts";
import { defined, edgeId } from "../write-helpers.ts";
import { AffiliationFileCheck } from "./file-check.ts";
import { forEachActiveAffiliation } from "./graph-lookups.ts";
import { AFFILIATION_END_DATE, affiliationUpsert } from "./write-queries.ts";

const influence = z.string().transform((s, ctx) => {
  const text = s.trim().toUpperCase();
  if (text in INFLUENCE_WORDS) return INFLUENCE_WORDS[text as keyof typeof INFLUENCE_WORDS];
  const value = Number(text);
  if (text === "" || !Number.isFinite(value) || value < 0 || value > 1) {
    ctx.addIssue({ code: "custom", message: "must be LOW, MEDIUM, HIGH or a number from 0 to 1" });
    return z.NEVER;
  }
  return value;
});

const schema = z
  .object({
    child_id: entityId(),
    parent_id: entityId(),
    weight: decimal({ min: 0, aboveMin: true, max: 1 }),
    primary: flag(),
    type: requiredText(40).transform((s) => s.toUpperCase()),
    influence: influence.optional(),
    valid_from: isoDate(),
    valid_to: isoDate().optional(),
    source: oneOf(EDGE_SOURCES)
      .optional()
      .transform((v) => v ?? "MASTER_LIST"),
    confidence: decimal({ min: 0, max: 1 }).optional(),
  })
  .superRefine((r, ctx) => {
    if (r.child_id === r.parent_id) ctx.addIssue({ code: "custom", path: ["parent_id"], message: "is the child itself" });
    if (r.valid_to !== undefined && r.valid_to < r.valid_from) {
      ctx.addIssue({ code: "custom", path: ["valid_to"], message: `is before valid_from (${r.valid_from})` });
    }
  });

export type AffiliationRow = z.infer<typeof schema>;

/** Cypher date of a validated YYYY-MM-DD cell. */
function neo4jDate(iso: string) {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return new neo4j.types.Date(y, m, d);
}

export const affiliations = defineKind({
  name: "affiliations",
  summary:
    "Hierarchy edges child -> parent (HCP -> account, account -> organization, organization -> network), keyed by child, parent and valid_from.",
  required: [
    { column: "child_id", meaning: "id of the HCP, account or organization" },
    { column: "parent_id", meaning: "id of the account, organization or network one level up" },
    { column: "weight", meaning: "allocation share, 0 < weight <= 1; a child's active weights at one level sum to at most 1" },
    { column: "primary", meaning: "true/false; at most one active primary per child and level" },
    { column: "type", meaning: "HCP: ATTENDING, EMPLOYED, ADMITTING, CONSULTING; account: OWNED, MANAGED, MEMBER; organization: MEMBER" },
    { column: "influence", meaning: "LOW, MEDIUM, HIGH or 0..1 (may be empty)" },
    { column: "valid_from", meaning: "first effective day, YYYY-MM-DD" },
    { column: "valid_to", meaning: "last effective day, YYYY-MM-DD (empty: open-ended)" },
    { column: "source", meaning: `${EDGE_SOURCES.join(", ")} (empty: MASTER_LIST)` },
  ],
  optional: [{ column: "confidence", meaning: "data quality 0..1 (empty: 1)" }],
  schema,
  key: (r) => `${r.child_id}|${r.parent_id}|${r.valid_from}`,
  keyColumns: ["child_id", "parent_id", "valid_from"],
  references: (r) => [
    { column: "child_id", id: r.child_id, kinds: ["HCP", "ACCOUNT", "ORGANIZATION"] },
    { column: "parent_id", id: r.parent_id, kinds: ["ACCOUNT", "ORGANIZATION", "NETWORK"] },
  ],
  createFileCheck: () => new AffiliationFileCheck(),
  write: (r, kindOf) => {
    const child = kindOf.get(r.child_id) as EntityKind;
    const parent = kindOf.get(r.parent_id) as EntityKind;
    return {
      group: `${child}>${parent}`,
      query: affiliationUpsert(LABEL_OF_KIND[child], LABEL_OF_KIND[parent]),
      params: {
        childId: r.child_id,
        parentId: r.parent_id,
        edgeId: edgeId("AFF", r.child_id, r.parent_id, r.valid_from),
        validTo: r.valid_to ? neo4jDate(r.valid_to) : null,
        influence: r.influence ?? null,
        props: defined({
          weight: r.weight,
          primary: r.primary,
          type: r.type,
          validFrom: neo4jDate(r.valid_from),
          source: r.source,
          confidence: r.confidence,
        }),
      },
    };
  },
  snapshot: {
    /** The active edges between the levels the file's edges connect. */
    async forEachActiveRecord(driver, { check, kindOf, prefix }, visit) {
      for (const [child, parent] of check.levelPairs(kindOf)) await forEachActiveAffiliation(driver, child, parent, prefix, visit);
    },
    endDateQuery: AFFILIATION_END_DATE,
  },
  example: {
    child_id: "HCP-0000001",
    parent_id: "ACC-000001",
    weight: "1",
    primary: "true",
    type: "ATTENDING",
    influence: "HIGH",
    valid_from: "2024-01-01",
    valid_to: "",
    source: "MASTER_LIST",
    confidence: "",
  },
});
