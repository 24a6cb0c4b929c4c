/**
 * The operations of the governed write path, validated with zod. A change set is a list of
 * them applied as one transaction. Edits of an existing edge or entity carry the version the
 * caller saw (`expectedVersion`); a stale one is a CONFLICT, never an overwrite.
 */
import { z } from "zod";
import { INFLUENCE_WORDS } from "../model/vocabulary.ts";

const id = z.string().trim().min(1).max(100);
const date = z.iso.date("must be a date YYYY-MM-DD");
const weight = z.number().gt(0, "must be above 0").max(1, "must be at most 1");
const influence = z.union([
  z.number().min(0).max(1),
  z.enum(Object.keys(INFLUENCE_WORDS) as [keyof typeof INFLUENCE_WORDS]).transform((w) => INFLUENCE_WORDS[w]),
]);
const version = z.number().int().min(0);
const type = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .transform((s) => s.toUpperCase());

export const addAffiliation = z.object({
  op: z.literal("ADD_AFFILIATION"),
  childId: id,
  parentId: id,
  weight,
  primary: z.boolean(),
  type,
  influence: influence.nullish(),
  validFrom: date,
  validTo: date.nullish(),
});

export const endAffiliation = z.object({ op: z.literal("END_AFFILIATION"), edgeId: id, expectedVersion: version, validTo: date });

export const updateAffiliation = z.object({
  op: z.literal("UPDATE_AFFILIATION"),
  edgeId: id,
  expectedVersion: version,
  weight: weight.optional(),
  primary: z.boolean().optional(),
  type: type.optional(),
  influence: influence.nullish(),
  validFrom: date.optional(),
  validTo: date.nullish(),
  confidence: z.number().min(0).max(1).optional(),
});

/** Ends the edge the day before `validFrom` and adds the same affiliation to another parent. */
export const reassign = z.object({
  op: z.literal("REASSIGN"),
  edgeId: id,
  expectedVersion: version,
  newParentId: id,
  validFrom: date,
  weight: weight.optional(),
});

export const updateEntity = z.object({
  op: z.literal("UPDATE_ENTITY"),
  entityId: id,
  expectedVersion: version,
  changes: z.partialRecord(
    z.enum(["name", "kind", "city", "state", "zip", "specialty", "credential", "firstName", "lastName"]),
    z.string().trim().min(1).max(200),
  ),
});

/** A field confirmation: who confirmed when; raises the edge's confidence to at least 0.95. */
export const confirmAffiliation = z.object({ op: z.literal("CONFIRM_AFFILIATION"), edgeId: id, expectedVersion: version });

export const operation = z.discriminatedUnion("op", [
  addAffiliation,
  endAffiliation,
  updateAffiliation,
  reassign,
  updateEntity,
  confirmAffiliation,
]);
export type Operation = z.infer<typeof operation>;

/** What a change request is: one operation's kind, or CHANGE_SET for several. */
export const CHANGE_KINDS = [...operation.options.map((o) => o.shape.op.value), "CHANGE_SET"] as const;

export const changeSet = z.array(operation).min(1, "a change set needs at least one operation").max(500);
