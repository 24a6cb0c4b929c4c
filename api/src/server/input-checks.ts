import {
  getNamedType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLInputType,
  type GraphQLSchema,
} from "graphql";
import { GraphQLError } from "graphql";
import { badUserInput } from "../graphql/errors.ts";

/** Deepest nesting of filter objects we accept (each relationship hop or AND/OR/NOT is one level). */
export const MAX_FILTER_DEPTH = 8;
/** Largest `limit`, `offset` or `first` we accept; @limit caps page sizes further per type. */
export const MAX_PAGE_ARGUMENT = 1_000_000;

/**
 * Node types a restricted caller (REP) may not filter *through*: filtering on them would reveal
 * hidden rows (another territory's HCPs and accounts, metric values of organizations, other users).
 */
const GUARDED_TYPES = new Set(["HCP", "Account", "MetricValue", "User"]);
const CURSOR = /^arrayconnection:\d{1,9}$/;

export interface InputCheckOptions {
  schema: GraphQLSchema;
  restricted: boolean;
}

type Path = (string | number)[];

function checkPageArgument(name: string, value: unknown, path: Path): void {
  if (typeof value === "number" && (value < 0 || value > MAX_PAGE_ARGUMENT)) {
    throw badUserInput(`Argument ${path.join(".")}: ${name} must be between 0 and ${MAX_PAGE_ARGUMENT}, got ${value}`, path);
  }
}

function checkCursor(value: unknown, path: Path): void {
  if (value === null || value === undefined) return;
  const decoded = typeof value === "string" ? Buffer.from(value, "base64").toString("utf8") : "";
  if (!CURSOR.test(decoded)) {
    throw badUserInput(`Argument ${path.join(".")}: not a cursor this API issued (use pageInfo.endCursor)`, path);
  }
}

/** `HCPWhere` -> the HCP object type; `AccountHcpsConnectionWhere` has no object of its own. */
function objectOfWhere(schema: GraphQLSchema, whereTypeName: string) {
  const match = /^(\w+)Where$/.exec(whereTypeName);
  const type = match ? schema.getType(match[1]!) : undefined;
  return type && isObjectType(type) ? type : undefined;
}

/**
 * Whether input field `key` of the filter type `whereTypeName` filters through a relationship
 * to a guarded type (`hcps`, `hcpsConnection`, `influences`... on the object behind the filter).
 */
function filtersThroughGuardedType(schema: GraphQLSchema, whereTypeName: string, key: string): boolean {
  const field = objectOfWhere(schema, whereTypeName)?.getFields()[key.replace(/(Connection|Aggregate)$/, "")];
  return field !== undefined && GUARDED_TYPES.has(getNamedType(field.type).name);
}

const isEmptyObject = (value: unknown) => typeof value === "object" && value !== null && Object.keys(value).length === 0;

/** Walks one filter value: no nulls inside, bounded depth, no filtering through hidden rows, no empty connection `node`. */
function checkFilterValue(value: unknown, type: GraphQLInputType, path: Path, depth: number, opts: InputCheckOptions): void {
  if (value === null) {
    throw badUserInput(`Argument ${path.join(".")}: null is not a filter value; leave the field out instead`, path);
  }
  if (value === undefined) return;
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) {
    if (!Array.isArray(value)) return;
    for (const [i, item] of value.entries()) checkFilterValue(item, inner.ofType as GraphQLInputType, [...path, i], depth, opts);
    return;
  }
  if (!isInputObjectType(inner)) return;
  if (depth > MAX_FILTER_DEPTH) {
    throw badUserInput(`Argument ${path.join(".")}: filters may nest at most ${MAX_FILTER_DEPTH} levels`, path);
  }
  const fields = inner.getFields();
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    const field = fields[key];
    if (!field) continue;
    // @neo4j/graphql 7.6.3 reads the first key of a connection filter's `node` when it aggregates: none is an internal error.
    if (key === "node" && inner.name.endsWith("ConnectionWhere") && isEmptyObject(child)) {
      throw badUserInput(`Argument ${[...path, key].join(".")}: node needs at least one condition; leave it out instead`, [...path, key]);
    }
    if (opts.restricted && filtersThroughGuardedType(opts.schema, inner.name, key)) {
      throw new GraphQLError(
        `Argument ${[...path, key].join(".")}: your role may not filter by related HCPs or accounts; query them directly instead`,
        { extensions: { code: "FORBIDDEN", argumentPath: [...path, key] } },
      );
    }
    checkFilterValue(child, field.type, [...path, key], depth + 1, opts);
  }
}

/** Checks the coerced arguments of one field before @neo4j/graphql or Neo4j sees them. */
export function checkFieldArguments(
  args: Record<string, unknown>,
  argTypes: Record<string, GraphQLInputType>,
  fieldPath: Path,
  opts: InputCheckOptions,
): void {
  for (const [name, value] of Object.entries(args)) {
    const path = [...fieldPath, name];
    if (name === "limit" || name === "offset" || name === "first") checkPageArgument(name, value, path);
    else if (name === "after" || name === "before") checkCursor(value, path);
    else if (name === "where" || name === "sort") {
      const type = argTypes[name];
      if (type) checkFilterValue(value, type, path, 0, opts);
    }
  }
}
