import {
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputObjectType,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
} from "graphql";
import type { RequestAtoms } from "./leak-walk-fixture.ts";
import type { SeededRandom } from "../../src/model/seeded-random.ts";

export interface GeneratedRequest {
  /** The `Query` field the request starts at. */
  rootField: string;
  query: string;
}

export interface GeneratorLimits {
  /** Object levels selected below the root field (the root's own fields are level 1). */
  maxDepth: number;
  /** Fields per request, roughly: past it, no more objects are opened. */
  maxFields: number;
  /** Nesting of generated filter objects. */
  maxFilterDepth: number;
}

const DEFAULT_LIMITS: GeneratorLimits = { maxDepth: 4, maxFields: 60, maxFilterDepth: 4 };

/**
 * Fields with hand-written resolvers and Cypher of their own (the generated ones share
 * @neo4j/graphql's authorization): each comes up four times per round instead of once.
 */
const EMPHASIZED_ROOTS = ["previewChange", "auditTrail", "hierarchy", "influenceNetwork", "entityDetails", "search", "changeRequests"];

/** Input fields a filter picks first half of the time: relationships (`reps`, `metrics`: `some`) down to ids and values. */
const PREFERRED_INPUT_FIELDS = ["some", "single", "node", "id", "value", "eq", "in"];

/** Filter operators whose value is the value of the field they sit under (`id: { eq: ... }`). */
const OPERATORS = new Set(["eq", "in", "startsWith", "endsWith", "contains", "gt", "gte", "lt", "lte", "includes"]);

/**
 * Random read requests over the whole `Query` type of a schema, arguments drawn from the
 * fixture's atoms by argument name (ids, names, NPIs, periods, dates, change sets) or by type
 * (enums, small ints, filters on any field, sorts, cursors), selections of every leaf field and
 * some object fields down to `maxDepth`. `Query` holds only reads (and `previewChange`, which
 * rolls back); no mutation is ever generated.
 */
export class QueryGenerator {
  private fields = 0;
  private readonly roots: GraphQLField<unknown, unknown>[];
  private round: GraphQLField<unknown, unknown>[] = [];

  constructor(
    schema: GraphQLSchema,
    private readonly atoms: RequestAtoms,
    private readonly random: SeededRandom,
    private readonly limits: GeneratorLimits = DEFAULT_LIMITS,
  ) {
    const fields = Object.values(schema.getQueryType()!.getFields());
    this.roots = [...fields, ...fields.filter((f) => EMPHASIZED_ROOTS.includes(f.name)).flatMap((f) => [f, f, f])];
  }

  /** Every `Query` field once per round of requests, in a random order. */
  next(): GeneratedRequest {
    this.fields = 0;
    if (this.round.length === 0) this.round = this.shuffled(this.roots);
    const root = this.round.pop()!;
    return { rootField: root.name, query: `query {\n  ${this.field(root, 1, "  ")}\n}` };
  }

  private shuffled<T>(items: readonly T[]): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = this.random.int(0, i);
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    }
    return copy;
  }

  private field(field: GraphQLField<unknown, unknown>, depth: number, indent: string): string {
    this.fields++;
    const args = this.arguments(field.args, depth === 1 ? 0.6 : 0.25);
    const type = getNamedType(field.type);
    if (!isObjectType(type)) return `${field.name}${args}`;
    return `${field.name}${args} ${this.selection(type, depth, indent)}`;
  }

  private selection(type: GraphQLObjectType, depth: number, indent: string): string {
    const inner = `${indent}  `;
    const chosen: string[] = [];
    for (const field of Object.values(type.getFields())) {
      const named = getNamedType(field.type);
      if (isLeafType(named)) {
        if (this.random.chance(0.8)) chosen.push(this.field(field, depth + 1, inner));
      } else if (isObjectType(named) && depth < this.limits.maxDepth && this.fields < this.limits.maxFields && this.random.chance(0.4)) {
        chosen.push(this.field(field, depth + 1, inner));
      }
    }
    if (chosen.length === 0) chosen.push("__typename");
    return `{\n${chosen.map((c) => inner + c).join("\n")}\n${indent}}`;
  }

  private arguments(args: readonly GraphQLArgument[], optionalChance: number): string {
    const given = args
      .filter((a) => isNonNullType(a.type) || this.random.chance(optionalChance))
      .map((a) => `${a.name}: ${this.value(a.type, a.name, 0)}`);
    return given.length ? `(${given.join(", ")})` : "";
  }

  /** A literal of `type` for an argument or input field called `name`. */
  private value(type: GraphQLInputType, name: string, depth: number): string {
    const inner = isNonNullType(type) ? type.ofType : type;
    if (isListType(inner)) {
      const count = this.random.int(1, 2);
      return `[${Array.from({ length: count }, () => this.value(inner.ofType, name, depth)).join(", ")}]`;
    }
    if (isEnumType(inner)) return this.random.pick(inner.getValues()).name;
    if (isInputObjectType(inner)) return this.inputObject(inner, name, depth);
    return this.scalar(inner.name, name);
  }

  /** Filters, sorts and other input objects: every required field and one or two others. */
  private inputObject(type: GraphQLInputObjectType, name: string, depth: number): string {
    const fields = Object.values(type.getFields());
    const leafOnly = depth >= this.limits.maxFilterDepth;
    const usable = fields.filter((f) => !leafOnly || isLeafType(getNamedType(f.type)));
    const required = fields.filter((f) => isNonNullType(f.type));
    const optional = usable.filter((f) => !isNonNullType(f.type));
    const picked = new Set(required);
    const extra = required.length ? this.random.int(0, 1) : this.random.int(1, 2);
    const preferred = optional.filter(
      (f) => PREFERRED_INPUT_FIELDS.includes(f.name) || getNamedType(f.type).name.endsWith("RelationshipFilters"),
    );
    for (let i = 0; i < extra && optional.length; i++) {
      picked.add(this.random.pick(preferred.length && this.random.chance(0.5) ? preferred : optional));
    }
    const entries = [...picked].map((f) => `${f.name}: ${this.value(f.type, OPERATORS.has(f.name) ? name : f.name, depth + 1)}`);
    return `{${entries.join(", ")}}`;
  }

  private scalar(typeName: string, name: string): string {
    const r = this.random;
    switch (typeName) {
      case "Boolean":
        return String(r.chance(0.5));
      case "Int":
        return String(this.int(name));
      case "Float":
        return String(r.pick(this.atoms.numbers));
      case "Date":
        return JSON.stringify(r.pick(this.atoms.dates));
      default:
        return JSON.stringify(this.text(name));
    }
  }

  private int(name: string): number {
    const r = this.random;
    if (/^(limit|first)$/.test(name)) return r.int(1, 5);
    if (/^(maxNodes)$/.test(name)) return r.int(1, 30);
    if (/^(offset|afterSequence|minAgeDays)$/.test(name)) return r.int(0, 2);
    if (/^(depth|depthUp|depthDown)$/.test(name)) return r.int(0, 3);
    return r.int(0, 5);
  }

  /** A string or id for `name`, the argument or the filtered field it is for. */
  private text(name: string): string {
    const r = this.random;
    const a = this.atoms;
    switch (name) {
      case "period":
        return r.pick(a.periods);
      case "operations":
        return this.changeSet();
      case "after":
      case "before":
        return Buffer.from(`arrayconnection:${r.int(0, 3)}`).toString("base64");
      case "npi":
        return r.pick(a.npis);
      case "name":
      case "lastName":
      case "firstName":
        return r.pick([...a.names, a.surname, `Clinic ${a.surname}`]);
      case "text":
        return r.pick([...a.names, ...a.npis, ...a.ids, a.surname]);
      case "metric":
        return r.pick(["TRX", "SALES", "NRX"]);
      case "kind":
        return r.pick(["UPDATE_AFFILIATION", "CHANGE_SET", "CLINIC", "IDN"]);
      case "id":
      case "entityId":
      case "hcpId":
      case "territory":
      case "requesterId":
        return r.pick([a.prefix, r.pick(a.ids), r.pick(a.userIds), r.pick(a.edgeIds)]);
      default:
        return r.pick([...a.ids, ...a.userIds, ...a.names, ...a.edgeIds, a.prefix, "TX"]);
    }
  }

  /** A change set of one or two operations on the fixture's edges and entities, as JSON. */
  private changeSet(): string {
    const r = this.random;
    const a = this.atoms;
    const entity = () => r.pick(a.ids);
    const edge = () => r.pick(a.edgeIds);
    // Most fixture edges are at version 1; the fixture's steward edits moved three to 2 and one to 4.
    const version = () => r.pick([1, 1, 1, 2, 3, 4]);
    const operation = (): Record<string, unknown> =>
      r.pick([
        () => ({ op: "UPDATE_AFFILIATION", edgeId: edge(), expectedVersion: version(), weight: r.pick([0.5, 1]) }),
        () => ({ op: "UPDATE_AFFILIATION", edgeId: edge(), expectedVersion: version(), confidence: 0.6 }),
        () => ({ op: "END_AFFILIATION", edgeId: edge(), expectedVersion: version(), validTo: r.pick(a.dates) }),
        () => ({ op: "REASSIGN", edgeId: edge(), expectedVersion: version(), newParentId: entity(), validFrom: "2030-01-01" }),
        () => ({
          op: "ADD_AFFILIATION",
          childId: entity(),
          parentId: entity(),
          weight: 0.5,
          primary: false,
          type: "ATTENDING",
          validFrom: "2020-01-01",
        }),
        () => ({ op: "UPDATE_ENTITY", entityId: entity(), expectedVersion: version(), changes: { city: "Waco" } }),
        () => ({ op: "CONFIRM_AFFILIATION", edgeId: edge(), expectedVersion: version() }),
      ])();
    return JSON.stringify(Array.from({ length: r.chance(0.75) ? 1 : 2 }, operation));
  }
}
