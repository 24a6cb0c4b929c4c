import {
  type ASTVisitor,
  type FieldNode,
  GraphQLError,
  type GraphQLNamedType,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValidationContext,
  getNamedType,
  isObjectType,
} from "graphql";
import type { Plugin } from "graphql-yoga";

/** Selections that fail or come back wrong when they ask for nothing but `__typename`. */
const NEED_A_FIELD = new Set(["edges", "count", "node", "edge"]);

const fieldType = (type: GraphQLNamedType | undefined, field: string) =>
  type && isObjectType(type) && type.getFields()[field] ? getNamedType(type.getFields()[field]!.type) : undefined;

type Role = "connection" | "edges" | "pageInfo" | "aggregate";

/**
 * The types @neo4j/graphql generates around its connections whose fields it projects by name,
 * with their role: each `...Connection`, its edge type, `PageInfo` and its `aggregate` type.
 */
function connectionTypeRoles(schema: GraphQLSchema): Map<string, Role> {
  const roles = new Map<string, Role>();
  for (const type of Object.values(schema.getTypeMap())) {
    // `CountConnection` (an aggregate's count of nodes and edges) has an `edges` too, an Int.
    if (!isObjectType(type) || !type.name.endsWith("Connection") || !isObjectType(fieldType(type, "edges"))) continue;
    roles.set(type.name, "connection");
    for (const field of ["edges", "pageInfo", "aggregate"] as const) {
      const named = fieldType(type, field);
      if (named) roles.set(named.name, field);
    }
  }
  return roles;
}

/** The fields a selection set asks for, through inline fragments and fragment spreads (each fragment once). */
function fieldsOf(context: ValidationContext, selectionSet: SelectionSetNode, seen = new Set<string>()): FieldNode[] {
  return selectionSet.selections.flatMap((selection) => {
    if (selection.kind === "Field") return [selection];
    if (selection.kind === "InlineFragment") return fieldsOf(context, selection.selectionSet, seen);
    const fragment = seen.has(selection.name.value) ? undefined : context.getFragment(selection.name.value);
    seen.add(selection.name.value);
    return fragment ? fieldsOf(context, fragment.selectionSet, seen) : [];
  });
}

const responseKey = (field: FieldNode) => field.alias?.value ?? field.name.value;

/**
 * @neo4j/graphql (7.6.3) builds a connection's answer by field *name*, not by alias
 * (github.com/neo4j/graphql/issues/5584): a field of a relationship's connection, its edges or
 * page info, or of any `aggregate`, asked for under a second alias comes back null, and so do an
 * aggregate's `count`, `node` or `edge` and an edge's `node` that select only `__typename`:
 * non-null fields, hence internal errors (`edges { __typename }` answers an empty list). This rule
 * rejects such documents in validation, saying what to ask instead; one rule for top-level and
 * relationship connections alike.
 */
function connectionSelectionsRule(roles: Map<string, Role>) {
  return (context: ValidationContext): ASTVisitor => {
    // A fragment's fields are seen in its definition and again wherever it is spread: report them once.
    const reported = new Set<FieldNode>();
    const report = (message: string, nodes: FieldNode[]) => {
      if (nodes.every((n) => reported.has(n))) return;
      for (const n of nodes) reported.add(n);
      context.reportError(new GraphQLError(message, { nodes }));
    };
    return {
      SelectionSet(node) {
        const parent = context.getParentType();
        const role = parent && roles.get(parent.name);
        if (!parent || !isObjectType(parent) || !role) return;
        const byName = new Map<string, FieldNode[]>();
        for (const f of fieldsOf(context, node)) byName.set(f.name.value, [...(byName.get(f.name.value) ?? []), f]);
        for (const [name, occurrences] of byName) {
          const keys = new Set(occurrences.map(responseKey));
          // An edge's `node` and `properties` (a @node type, relationship properties) are projected per alias.
          const perAlias = role === "edges" && (name === "node" || name === "properties");
          if (keys.size > 1 && !perAlias) {
            report(
              `Select "${name}" of ${parent.name} under one name only (used: ${[...keys].join(", ")}); ask twice in separate requests.`,
              occurrences,
            );
          }
          const selected = occurrences.flatMap((f) => (f.selectionSet ? fieldsOf(context, f.selectionSet) : []));
          if (NEED_A_FIELD.has(name) && isObjectType(fieldType(parent, name)) && selected.every((f) => f.name.value === "__typename")) {
            report(`"${name}" of ${parent.name} needs a field other than __typename.`, occurrences);
          }
        }
      },
    };
  };
}

/** Adds the connection selection rule to the validation of every document. */
export function connectionSelectionsPlugin(): Plugin {
  const rules = new WeakMap<GraphQLSchema, ReturnType<typeof connectionSelectionsRule>>();
  return {
    onValidate({ params, addValidationRule }) {
      const schema = params.schema;
      if (!rules.has(schema)) rules.set(schema, connectionSelectionsRule(connectionTypeRoles(schema)));
      addValidationRule(rules.get(schema)!);
    },
  };
}
