import {
  type ASTVisitor,
  type FieldNode,
  GraphQLError,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValidationContext,
  getNamedType,
  isObjectType,
} from "graphql";
import type { Plugin } from "graphql-yoga";

/** The `aggregate` types of the connections @neo4j/graphql generates (`HCPAggregate`, `HCPAccountAccountsAggregateSelection`...). */
function aggregateTypeNames(schema: GraphQLSchema): Set<string> {
  const names = new Set<string>();
  for (const type of Object.values(schema.getTypeMap())) {
    const aggregate = isObjectType(type) && type.name.endsWith("Connection") ? type.getFields().aggregate : undefined;
    if (aggregate) names.add(getNamedType(aggregate.type).name);
  }
  return names;
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
 * @neo4j/graphql (7.6) computes an aggregate once per field *name* and answers it under that
 * name, so a second alias of `aggregate`, `count`, `node` or `edge` comes back null, and so does
 * a `node` or `edge` that selects nothing to aggregate (only `__typename`): both non-null, both
 * "Cannot return null" internal errors (github.com/neo4j/graphql/issues/5584). This rule rejects
 * such documents during validation, with a message saying what to ask instead.
 */
function aggregateSelectionsRule(aggregateTypes: Set<string>) {
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
        if (!parent) return;
        const isAggregate = aggregateTypes.has(parent.name);
        if (!isAggregate && !parent.name.endsWith("Connection")) return;
        const fields = fieldsOf(context, node);
        for (const name of isAggregate ? ["count", "node", "edge"] : ["aggregate"]) {
          const occurrences = fields.filter((f) => f.name.value === name);
          const keys = new Set(occurrences.map(responseKey));
          if (keys.size > 1) {
            report(
              `Select "${name}" of ${parent.name} under one name only (aliases used: ${[...keys].join(", ")}); ask twice in separate requests.`,
              occurrences,
            );
          }
          const selected = occurrences.flatMap((f) => (f.selectionSet ? fieldsOf(context, f.selectionSet) : []));
          if (name !== "count" && name !== "aggregate" && occurrences.length > 0 && selected.every((f) => f.name.value === "__typename")) {
            report(`"${name}" of ${parent.name} needs at least one field to aggregate, not only __typename.`, occurrences);
          }
        }
      },
    };
  };
}

/** Adds the aggregate selection rule to the validation of every document. */
export function aggregateSelectionsPlugin(): Plugin {
  const rules = new WeakMap<GraphQLSchema, ReturnType<typeof aggregateSelectionsRule>>();
  return {
    onValidate({ params, addValidationRule }) {
      const schema = params.schema;
      if (!rules.has(schema)) rules.set(schema, aggregateSelectionsRule(aggregateTypeNames(schema)));
      addValidationRule(rules.get(schema)!);
    },
  };
}
