import {
  type GraphQLArgument,
  type GraphQLField,
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
import type { SeededRandom } from "../../src/model/seeded-random.ts";

/** An enum value in an argument (rendered bare in a document, as its name in variables JSON). */
export class EnumValue {
  constructor(readonly name: string) {}
}

export type FuzzValue = null | boolean | number | string | EnumValue | FuzzValue[] | { [key: string]: FuzzValue };

export interface FuzzArgument {
  name: string;
  value: FuzzValue;
  /** Sent as `$name` with this declared type (a wrong one now and then); inline literal otherwise. */
  variableType?: string;
  /** A declared variable whose value the request leaves out. */
  omitVariable?: boolean;
}

export interface FuzzSelection {
  name: string;
  alias?: string;
  args: FuzzArgument[];
  selections: FuzzSelection[];
}

/** One GraphQL operation on one root field, kept as a tree so that a failure can be shrunk. */
export interface FuzzOperation {
  kind: "query" | "mutation";
  root: FuzzSelection;
}

/** Who sends a request: a user of each role, or a caller without a (valid) token. */
export type Caller = "ADMIN" | "STEWARD" | "KAM" | "REP" | "ANALYST" | "MANAGER" | "GHOST" | "NO_TOKEN" | "BAD_TOKEN";
export const CALLERS: readonly Caller[] = ["ADMIN", "STEWARD", "KAM", "REP", "ANALYST", "MANAGER", "GHOST", "NO_TOKEN", "BAD_TOKEN"];

/** An HTTP request to the endpoint: `operation` is set for typed operations (those can be shrunk). */
export interface FuzzRequest {
  caller: Caller;
  /** What kind of input this is, for the summary. */
  shape: string;
  method: string;
  /** Query string appended to /graphql (GET). */
  search?: string;
  headers: Record<string, string>;
  body?: string | Uint8Array | FormData;
  operation?: FuzzOperation;
}

/** Values of the fuzz's own fixture that arguments are drawn from (all under its prefix). */
export interface FuzzAtoms {
  prefix: string;
  entityIds: readonly string[];
  edgeIds: readonly string[];
  userIds: readonly string[];
  /** Ids of change requests the fuzz itself proposed (grows while it runs). */
  changeIds: string[];
  /** A scoring model name only this fuzz uses (deleteByPrefix removes models by name). */
  modelName: string;
}

/**
 * Mutations whose effect reaches past the fuzz's fixture (every HCP's influence, every entity's
 * roll-ups, scores of every HCP, imported rows, cycles and every territory's call plans): sent only by callers the API refuses them to.
 */
const WRITES_BEYOND_FIXTURE: Record<string, readonly Caller[]> = {
  recomputeInfluence: ["ADMIN", "ANALYST"],
  materializeRollups: ["ADMIN", "ANALYST"],
  activateScoringModel: ["ADMIN", "ANALYST"],
  startImport: ["ADMIN", "STEWARD"],
  saveCycle: ["ADMIN", "MANAGER"],
  generateCallPlans: ["ADMIN", "MANAGER"],
};

const HUGE = "x".repeat(100_000);
const EDGE_STRINGS = [
  "",
  " ",
  HUGE,
  "é\u0301ñ 中文 😀 \u202e",
  "\u0000",
  "\ud800",
  "'; MATCH (n) DETACH DELETE n //",
  "$jwt.sub",
  "null",
  "\\",
  '"',
  "*",
  "a AND OR NOT ~ ^ [ ] { } : /",
  "%s%n",
];
const INVALID_DATES = ["2024-02-30", "2024-13-01", "2024-1-1", "+999999999-12-31", "2024-02-28T10:00:00Z", "today", ""];
const EDGE_INTS = [0, -1, 1, 2, 3, 1_000_001, 2_147_483_647, -2_147_483_648];
const INVALID_INTS = [2_147_483_648, 1e15, 1.5];
const EDGE_FLOATS = [0, -0, 0.5, -1, 1, 1e308, -1e308, 5e-324, Number.POSITIVE_INFINITY, Number.NaN, 123456789.123];
const PERIODS = ["2026-Q3", "2026-Q1", "2026-Q9", "1999-Q4", "Q3-2026", ""];
const SCALAR_WRONG: FuzzValue[] = [5, -1.5, true, "text", null, [], [1, "a"], { a: 1 }, new EnumValue("NOT_AN_ENUM")];

const cursor = (text: string) => Buffer.from(text).toString("base64");
const CURSORS = [
  cursor("arrayconnection:0"),
  cursor("arrayconnection:1"),
  cursor("arrayconnection:-1"),
  cursor("arrayconnection:99999999999"),
  "%%%",
  "",
  "bm90IGEgY3Vyc29y",
];

/**
 * Random operations and requests against a GraphQL schema, for the no-5xx fuzz. Typed operations
 * cover every `Query` and `Mutation` field in turn with arguments of their type at the edges
 * (empty, huge and odd strings, bad dates, extreme numbers, fixture and unknown ids, nested
 * filters, sorts, page arguments, garbage cursors), random selections (aggregates, aliases,
 * `__typename`), now and then a wrong type, a missing or unknown argument or field, or a wrong
 * variable; raw requests are malformed on purpose (syntax, size, depth, aliases, JSON, content
 * types, batches, methods, multipart). The leak walk (test/access) generates valid reads only.
 */
export class OperationFuzzer {
  private readonly roots: { kind: "query" | "mutation"; field: GraphQLField<unknown, unknown> }[];
  private round: { kind: "query" | "mutation"; field: GraphQLField<unknown, unknown> }[] = [];
  private fields = 0;
  /** Type errors still to put into the current operation (about one operation in three gets one). */
  private defects = 0;

  constructor(
    schema: GraphQLSchema,
    private readonly atoms: FuzzAtoms,
    private readonly random: SeededRandom,
  ) {
    const query = Object.values(schema.getQueryType()!.getFields()).map((field) => ({ kind: "query" as const, field }));
    const mutation = Object.values(schema.getMutationType()?.getFields() ?? {}).map((field) => ({ kind: "mutation" as const, field }));
    this.roots = [...query, ...mutation];
  }

  /** Root fields of the schema, `Query.x` and `Mutation.y`. */
  rootFields(): string[] {
    return this.roots.map((r) => `${r.kind === "query" ? "Query" : "Mutation"}.${r.field.name}`);
  }

  /** Three of four requests are typed operations, the rest raw malformed requests. */
  next(): FuzzRequest {
    return this.random.chance(0.75) ? this.typedRequest() : this.malformedRequest();
  }

  private typedRequest(): FuzzRequest {
    if (this.round.length === 0) this.round = this.shuffled(this.roots);
    const { kind, field } = this.round.pop()!;
    this.fields = 0;
    this.defects = this.random.chance(0.3) ? 1 : 0;
    const operation: FuzzOperation = { kind, root: this.selectField(field, 1) };
    const allowed = WRITES_BEYOND_FIXTURE[field.name];
    const callers = allowed ? CALLERS.filter((c) => !allowed.includes(c)) : CALLERS;
    return { ...toRequest(operation, this.weightedCaller(callers)), shape: `${kind} ${field.name}` };
  }

  private weightedCaller(callers: readonly Caller[]): Caller {
    // Callers without a valid token are stopped before parsing: a few of them are enough.
    const withToken = callers.filter((c) => c !== "NO_TOKEN" && c !== "BAD_TOKEN");
    return this.random.chance(0.9) && withToken.length ? this.random.pick(withToken) : this.random.pick(callers);
  }

  /** Whether to put a type error here: only while the operation has one to spend. */
  private defect(p: number): boolean {
    if (this.defects === 0 || !this.random.chance(p)) return false;
    this.defects--;
    return true;
  }

  private shuffled<T>(items: readonly T[]): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = this.random.int(0, i);
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    }
    return copy;
  }

  // --- selections -------------------------------------------------------------------------

  private selectField(field: GraphQLField<unknown, unknown>, depth: number): FuzzSelection {
    this.fields++;
    const r = this.random;
    const selection: FuzzSelection = { name: field.name, args: this.argumentsOf(field.args, depth === 1), selections: [] };
    if (r.chance(0.1)) selection.alias = `a${r.int(0, 9)}`;
    if (this.defect(0.05)) selection.args.push({ name: "bogusArgument", value: 1 });
    const type = getNamedType(field.type);
    if (isObjectType(type)) selection.selections = this.selectionsOf(type, depth);
    else if (this.defect(0.05)) selection.selections = [{ name: "id", args: [], selections: [] }];
    return selection;
  }

  private selectionsOf(type: GraphQLObjectType, depth: number): FuzzSelection[] {
    const r = this.random;
    const chosen: FuzzSelection[] = [];
    for (const field of Object.values(type.getFields())) {
      const named = getNamedType(field.type);
      const take = isLeafType(named) ? r.chance(0.5) : depth < 4 && this.fields < 40 && r.chance(0.35);
      if (!take) continue;
      const selection = this.selectField(field, depth + 1);
      chosen.push(selection);
      if (r.chance(0.04)) chosen.push({ ...this.selectField(field, depth + 1), alias: `twin${r.int(0, 9)}` });
    }
    if (this.defect(0.05)) chosen.push({ name: "notAField", args: [], selections: [] });
    if (chosen.length === 0 || r.chance(0.05)) chosen.push({ name: "__typename", args: [], selections: [] });
    return chosen;
  }

  // --- arguments ------------------------------------------------------------------------

  private argumentsOf(args: readonly GraphQLArgument[], atRoot: boolean): FuzzArgument[] {
    const r = this.random;
    const given: FuzzArgument[] = [];
    for (const arg of args) {
      const required = isNonNullType(arg.type) && arg.defaultValue === undefined;
      const include = required ? !this.defect(0.1) : r.chance(atRoot ? 0.6 : 0.3);
      if (!include) continue;
      const value = this.defect(0.1) ? r.pick(SCALAR_WRONG) : this.value(arg.type, arg.name, 0);
      const argument: FuzzArgument = { name: arg.name, value };
      if (atRoot && r.chance(0.3)) {
        argument.variableType = this.defect(0.1) ? r.pick(["Int", "String!", "[ID]", "Boolean", "NoSuchType"]) : String(arg.type);
        if (this.defect(0.1)) argument.omitVariable = true;
      }
      given.push(argument);
    }
    return given;
  }

  /** A value of `type` for an argument or input field called `name`. */
  private value(type: GraphQLInputType, name: string, depth: number): FuzzValue {
    const r = this.random;
    const inner = isNonNullType(type) ? type.ofType : type;
    if (isNonNullType(type) ? this.defect(0.05) : r.chance(0.03)) return null;
    if (isListType(inner)) {
      const count = r.pick([0, 1, 1, 2, 3]);
      return Array.from({ length: count }, () => this.value(inner.ofType, name, depth));
    }
    if (isEnumType(inner)) return new EnumValue(this.defect(0.05) ? "NOT_A_VALUE" : r.pick(inner.getValues()).name);
    if (isInputObjectType(inner)) {
      const fields = Object.values(inner.getFields());
      const required = fields.filter((f) => isNonNullType(f.type));
      const usable = depth >= 4 ? fields.filter((f) => isLeafType(getNamedType(f.type)) || isEnumType(getNamedType(f.type))) : fields;
      const picked = new Set(required);
      for (let i = r.int(0, 2); i > 0 && usable.length; i--) picked.add(r.pick(usable));
      const entries: [string, FuzzValue][] = [...picked].map((f) => [
        f.name,
        this.value(f.type, /^(eq|in|startsWith|endsWith|contains|gt|gte|lt|lte)$/.test(f.name) ? name : f.name, depth + 1),
      ]);
      if (this.defect(0.05)) entries.push(["notAnInputField", 1]);
      return Object.fromEntries(entries);
    }
    return this.scalar(inner.name, name);
  }

  private scalar(typeName: string, name: string): FuzzValue {
    const r = this.random;
    switch (typeName) {
      case "Boolean":
        return r.chance(0.5);
      case "Int":
        if (this.defect(0.3)) return r.pick(INVALID_INTS);
        return /^(limit|first|offset|depth|depthUp|depthDown|maxNodes|version|expectedVersion|afterSequence|minAgeDays)$/.test(name) &&
          r.chance(0.6)
          ? r.int(-1, 5)
          : r.pick(EDGE_INTS);
      case "Float":
        return r.pick(EDGE_FLOATS);
      case "Date":
        return this.defect(0.5) ? r.pick(INVALID_DATES) : r.pick(["2026-01-01", "2020-06-30", "2024-02-29", "0001-01-01", "9999-12-31"]);
      case "File":
        return r.pick(["not a file", null, { name: "x.csv" }]);
      default:
        return this.text(name);
    }
  }

  /** A string (or ID) for the argument or filtered field `name`. */
  private text(name: string): FuzzValue {
    const r = this.random;
    const a = this.atoms;
    if (r.chance(0.15)) return r.pick(EDGE_STRINGS);
    switch (name) {
      case "period":
      case "valuePeriod":
        return r.pick(PERIODS);
      case "after":
      case "before":
        return r.pick(CURSORS);
      case "operations":
        return this.operationsText();
      case "definition":
        return this.scoringModelText();
      case "name":
        return r.chance(0.5) ? a.modelName : r.pick(["Zq", "Clinic", `${a.prefix}x`]);
      case "edgeId":
        return r.pick(a.edgeIds);
      case "id":
        return r.pick([...a.entityIds, ...a.edgeIds, ...a.changeIds, `${a.prefix}missing`, "imp-0000", "CR-1"]);
      case "entityId":
      case "hcpId":
        return r.pick([...a.entityIds, `${a.prefix}missing`]);
      case "territory":
        return r.pick([`${a.prefix}T1`, `${a.prefix}T2`, "nowhere"]);
      case "text":
      case "reason":
        return r.pick(["Zq", "smi jo", `${a.prefix}HCP1a`, "a reason"]);
      case "kind":
        return r.pick(["REASSIGN", "CHANGE_SET", "UPDATE_ENTITY", "CLINIC"]);
      default:
        return r.pick([...a.entityIds, ...a.userIds, `${a.prefix}x`, "TX", "2026-Q3"]);
    }
  }

  /** A change set as JSON text: operations on the fixture's edges and entities, or JSON that is no change set. */
  private operationsText(): string {
    const r = this.random;
    const a = this.atoms;
    const entity = () => r.pick([...a.entityIds, `${a.prefix}missing`]);
    const edge = () => r.pick([...a.edgeIds, `${a.prefix}E-missing`]);
    const version = () => r.pick([1, 1, 2, 3, -1, 0, 1.5, 2_147_483_648, "1", null]);
    const date = () => r.pick(["2030-01-01", "2020-01-01", "0000-01-01", ...INVALID_DATES]);
    const number = () => r.pick([0.5, 1, 0, -1, 2, Number.MAX_VALUE, "0.5", null]);
    const operation = (): unknown =>
      r.pick([
        () => ({ op: "UPDATE_AFFILIATION", edgeId: edge(), expectedVersion: version(), weight: number(), confidence: number() }),
        () => ({ op: "END_AFFILIATION", edgeId: edge(), expectedVersion: version(), validTo: date() }),
        () => ({ op: "REASSIGN", edgeId: edge(), expectedVersion: version(), newParentId: entity(), validFrom: date() }),
        () => ({
          op: "ADD_AFFILIATION",
          childId: entity(),
          parentId: entity(),
          weight: number(),
          primary: r.chance(0.5),
          type: r.pick(["ATTENDING", "MEMBER", "OWNED", "NOPE", ""]),
          validFrom: date(),
        }),
        () => ({
          op: "UPDATE_ENTITY",
          entityId: entity(),
          expectedVersion: version(),
          changes: r.pick([{ city: "Waco" }, { id: "x" }, {}, { name: "" }, []]),
        }),
        () => ({ op: "CONFIRM_AFFILIATION", edgeId: edge(), expectedVersion: version() }),
        () => ({ op: r.pick(["DELETE_EVERYTHING", "", 5]), edgeId: edge() }),
        () => r.pick([null, 5, "text", [], {}]),
      ])();
    const garbage = [
      "",
      "[",
      "{}",
      "null",
      "[]",
      "[null]",
      '"text"',
      "1e999",
      "[[[[[[[[[[]]]]]]]]]]",
      JSON.stringify(Array(300).fill({ op: "UPDATE_AFFILIATION" })),
    ];
    if (r.chance(0.2)) return r.pick(garbage);
    return JSON.stringify(Array.from({ length: r.pick([1, 1, 2, 3]) }, operation));
  }

  /** A scoring model definition under the fuzz's model name, often subtly or grossly wrong. */
  private scoringModelText(): string {
    const r = this.random;
    const component = () => ({
      key: r.pick(["value", "reach", "Bad Key", ""]),
      label: r.pick(["Value", "", HUGE.slice(0, 200)]),
      source: r.pick([
        { kind: "rollup", metric: "TRX", period: r.pick(PERIODS) },
        { kind: "influence", measure: r.pick(["pagerank", "reach", "nope"]) },
        { kind: "attribute", field: r.pick(["specialty", "lat", "password"]) },
        { kind: "survey", question: "" },
        { kind: "sql", query: "MATCH (n) RETURN n" },
      ]),
      transform: r.pick([
        { kind: "percentile" },
        { kind: "zscore", clip: r.pick([3, 0, -1]) },
        { kind: "bucket", buckets: r.pick([[], [{ upTo: 1, value: 2 }], [{ equals: "MD", value: 1 }]]) },
      ]),
      weight: r.pick([0.5, 1, 0, 2, -1]),
    });
    const model = {
      name: r.chance(0.9) ? this.atoms.modelName : r.pick(["", "Upper", HUGE.slice(0, 50)]),
      components: Array.from({ length: r.pick([0, 1, 2, 21]) }, component),
      segmentation: r.pick([
        { kind: "deciles" },
        { kind: "thresholds", thresholds: r.pick([[], [{ minScore: 50, label: "HIGH" }], [{ minScore: 500, label: "" }]]) },
        { kind: "matrix", value: "score", potential: "nope", valueCuts: [50], potentialCuts: [], labels: [["a"]] },
        { kind: "unknown" },
      ]),
      flags: r.pick([[], [{ flag: "TOP", when: { measure: "score", op: ">=", value: 90 } }], [{ flag: "bad", when: {} }]]),
    };
    return r.chance(0.1) ? r.pick(["", "{", "[]", "null", "{}"]) : JSON.stringify(model);
  }

  // --- malformed requests -------------------------------------------------------------------

  /** A raw request of one of the malformed shapes, each about as often. */
  private malformedRequest(): FuzzRequest {
    const [shape, build] = this.random.pick(Object.entries(this.malformedShapes()));
    return { caller: this.weightedCaller(CALLERS), shape, method: "POST", headers: { "content-type": "application/json" }, ...build() };
  }

  private malformedShapes(): Record<string, () => Partial<FuzzRequest>> {
    const r = this.random;
    const json = (body: unknown) => ({ body: JSON.stringify(body) });
    const valid = "{ me { id role } }";
    const tokens = [
      "{",
      "}",
      "(",
      ")",
      "[",
      "]",
      ":",
      "$",
      "@",
      "...",
      "!",
      "=",
      "query",
      "mutation",
      "fragment",
      "on",
      "hcps",
      "id",
      '"',
      '"""',
      "#",
      "1",
      "-",
      "\u0000",
      "é",
    ];
    return {
      "syntax garbage": () => json({ query: Array.from({ length: r.int(1, 40) }, () => r.pick(tokens)).join(r.pick(["", " "])) }),
      "truncated document": () =>
        json({ query: "query Q($id: ID!) { hcps(where: { id: { eq: $id } }) { id name accounts { id".slice(0, r.int(1, 70)) }),
      "body over the size limit": () => json({ query: `${valid}#${"x".repeat(1_100_000)}` }),
      "huge string literal": () => json({ query: `{ search(text: "${"z".repeat(r.pick([10_000, 900_000]))}") { id } }` }),
      "many tokens": () => json({ query: `{ me { ${"id ".repeat(5000)} } }` }),
      "deep selection": () => json({ query: `{ hcps { ${"accounts { hcps { ".repeat(20)} id ${"} } ".repeat(20)} } }` }),
      "deep filter": () => json({ query: `{ hcps(where: ${"{ AND: [".repeat(30)}{ id: { eq: "x" } }${"] }".repeat(30)}) { id } }` }),
      "deep list literal": () => json({ query: `{ search(text: ${"[".repeat(500)}"x"${"]".repeat(500)}) { id } }` }),
      "many aliases": () => json({ query: `{ ${Array.from({ length: r.pick([16, 200]) }, (_, i) => `a${i}: me { id }`).join(" ")} }` }),
      "many directives": () => json({ query: `{ me ${"@include(if: true) ".repeat(50)}{ id } }` }),
      "unknown directive": () => json({ query: "{ me @nope { id } }" }),
      "fragment cycle": () => json({ query: "{ me { ...A } } fragment A on Me { ...B } fragment B on Me { ...A }" }),
      "costly introspection": () =>
        json({ query: `{ __schema { types { fields { type { ${"ofType { ".repeat(12)} name ${"} ".repeat(12)} } } } }` }),
      "two operations, no name": () => json({ query: "query A { me { id } } query B { me { role } }" }),
      "unknown operation name": () => json({ query: valid, operationName: "Nope" }),
      subscription: () => json({ query: "subscription { me { id } }" }),
      "variables not an object": () =>
        json({ query: "query($t: String!) { search(text: $t) { id } }", variables: r.pick(["{", "[]", 5, [1], "null", true]) }),
      "variable of a wrong type": () => ({
        // As text: JSON.stringify cannot write 1e400, which JSON.parse reads as Infinity.
        body: `{"query": "query($t: String!, $l: Int) { search(text: $t, limit: $l) { id } }", "variables": {"t": ${r.pick(["5", "null", "[]", "{}", "true"])}, "l": ${r.pick(['"5"', "1.5", "1e400", "-1"])}}}`,
      }),
      "undeclared variable": () => json({ query: "{ search(text: $nope) { id } }", variables: { nope: "x" } }),
      "extensions garbage": () =>
        json({ query: valid, extensions: r.pick(["x", 5, { persistedQuery: { version: 1, sha256Hash: "00" } }]) }),
      "query not a string": () => json({ query: r.pick([5, null, [], { query: valid }, true]) }),
      "no query": () => json(r.pick([{}, { variables: {} }, { operationName: "A" }])),
      "body not JSON": () => ({ body: r.pick(["{", '{"query": ', "query { me { id } }", "\u0000\u0001", "", "nul"]) }),
      "body JSON not an object": () => ({ body: r.pick(["null", "5", '"{ me { id } }"', "true", "[]"]) }),
      "batched array": () => json([{ query: valid }, { query: "{ me { name } }" }]),
      "invalid UTF-8": () => ({
        body: new Uint8Array([0x7b, 0x22, 0x71, 0x75, 0x65, 0x72, 0x79, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0xc3, 0x22, 0x7d]),
      }),
      "wrong content type": () => ({
        headers: {
          "content-type": r.pick([
            "text/plain",
            "application/xml",
            "application/x-www-form-urlencoded",
            "application/graphql",
            "application/json; charset=utf-16",
            "",
            "multipart/form-data",
          ]),
        },
        body: r.pick([JSON.stringify({ query: valid }), valid, "query=%7Bme%7Bid%7D%7D", "<q/>"]),
      }),
      "GET with a mutation": () => ({
        method: "GET",
        body: undefined,
        headers: {},
        search: `?query=${encodeURIComponent(`mutation { withdrawChange(id: "${r.pick(this.atoms.changeIds.length ? this.atoms.changeIds : ["CR-1"])}") { id } }`)}`,
      }),
      "GET with garbage": () => ({
        method: "GET",
        body: undefined,
        headers: {},
        search: r.pick([
          "",
          "?query=",
          "?query=%7B",
          `?query=${encodeURIComponent(valid)}&variables=%7B`,
          "?variables=5",
          `?query=${encodeURIComponent(valid)}&extensions=x`,
          "?query=%E0%A4%A",
        ]),
      }),
      "other method": () => ({
        method: r.pick(["PUT", "DELETE", "PATCH", "OPTIONS", "HEAD"]),
        body: r.pick([undefined, JSON.stringify({ query: valid })]),
      }),
      "odd accept header": () => ({
        headers: {
          "content-type": "application/json",
          accept: r.pick(["text/event-stream", "application/graphql-response+json", "text/html", "nonsense/*;q=x", "multipart/mixed"]),
        },
        body: JSON.stringify({ query: valid }),
      }),
      "multipart garbage": () => ({
        headers: { "content-type": r.pick(["multipart/form-data; boundary=zz", "multipart/form-data"]) },
        body: r.pick([
          "--zz\r\nnot a part",
          "--zz--",
          "garbage",
          '--zz\r\nContent-Disposition: form-data; name="operations"\r\n\r\n{\r\n--zz--',
        ]),
      }),
      "multipart upload": () => ({
        caller: this.weightedCaller(CALLERS.filter((c) => !WRITES_BEYOND_FIXTURE.startImport!.includes(c))),
        headers: {},
        body: this.uploadForm(),
      }),
    };
  }

  /** A GraphQL multipart request to `startImport`, well formed or not, from a caller the API refuses imports to. */
  private uploadForm(): FormData {
    const r = this.random;
    const form = new FormData();
    const query = "mutation($file: File!) { startImport(kind: HCPS, file: $file, mode: DRY_RUN) { id status } }";
    form.set("operations", r.pick([JSON.stringify({ query, variables: { file: null } }), "{", JSON.stringify([{ query }]), "null"]));
    form.set(
      "map",
      r.pick([
        JSON.stringify({ 0: ["variables.file"] }),
        JSON.stringify({ 0: ["variables.nope.deep"] }),
        "{",
        JSON.stringify({ 9: ["variables.file"] }),
        "[]",
      ]),
    );
    if (r.chance(0.8))
      form.set(
        "0",
        new File([r.pick(["id,name\r\n1,x", "", "\u0000\u0001"])], r.pick(["hcps.csv", "", "../../etc/passwd"]), { type: "text/csv" }),
      );
    return form;
  }
}

// --- rendering ------------------------------------------------------------------------------

function literal(value: FuzzValue): string {
  if (value instanceof EnumValue) return value.name;
  if (Array.isArray(value)) return `[${value.map(literal).join(", ")}]`;
  if (value !== null && typeof value === "object") {
    return `{${Object.entries(value)
      .map(([k, v]) => `${k}: ${literal(v)}`)
      .join(", ")}}`;
  }
  // Float literals outside the double range (1e309) parse to Infinity; NaN is no literal at all.
  if (typeof value === "number" && !Number.isFinite(value)) return Number.isNaN(value) ? "NaN" : `${value < 0 ? "-" : ""}1e309`;
  return JSON.stringify(value);
}

function jsonValue(value: FuzzValue): unknown {
  if (value instanceof EnumValue) return value.name;
  if (Array.isArray(value)) return value.map(jsonValue);
  if (value !== null && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, jsonValue(v)]));
  return value;
}

function renderSelection(selection: FuzzSelection, variables: Map<string, FuzzArgument>, indent: string): string {
  const args = selection.args.map((a) => {
    if (!a.variableType) return `${a.name}: ${literal(a.value)}`;
    const variable = `v${variables.size}`;
    variables.set(variable, a);
    return `${a.name}: $${variable}`;
  });
  const head = `${selection.alias ? `${selection.alias}: ` : ""}${selection.name}${args.length ? `(${args.join(", ")})` : ""}`;
  if (selection.selections.length === 0) return head;
  const inner = `${indent}  `;
  return `${head} {\n${selection.selections.map((s) => inner + renderSelection(s, variables, inner)).join("\n")}\n${indent}}`;
}

/** The document and variables of an operation. */
export function renderOperation(operation: FuzzOperation): { query: string; variables: Record<string, unknown> } {
  const variables = new Map<string, FuzzArgument>();
  const body = renderSelection(operation.root, variables, "  ");
  const declarations = [...variables].map(([name, a]) => `$${name}: ${a.variableType}`);
  const query = `${operation.kind}${declarations.length ? `(${declarations.join(", ")})` : ""} {\n  ${body}\n}`;
  const values = [...variables].filter(([, a]) => !a.omitVariable).map(([name, a]) => [name, jsonValue(a.value)]);
  return { query, variables: Object.fromEntries(values) };
}

/** A POST of `operation` as JSON. */
export function toRequest(operation: FuzzOperation, caller: Caller): FuzzRequest {
  return {
    caller,
    shape: `${operation.kind} ${operation.root.name}`,
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(renderOperation(operation)),
    operation,
  };
}
