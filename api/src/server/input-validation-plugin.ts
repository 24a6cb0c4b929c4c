import { GraphQLError, TypeInfo, getArgumentValues, visit, visitWithTypeInfo, type GraphQLInputType } from "graphql";
import type { Plugin } from "graphql-yoga";
import { accessScope } from "../model/access-scope.ts";
import type { RequestContext } from "../graphql/context.ts";
import { ErrorCode } from "../graphql/errors.ts";
import { checkFieldArguments } from "./input-checks.ts";

/**
 * Validates every field's arguments (variables resolved) before execution, so bad input is
 * answered with BAD_USER_INPUT and the argument's path instead of reaching @neo4j/graphql or
 * Neo4j (which answer it with an internal error), and so REPs cannot filter through rows they
 * may not see.
 */
export function inputValidationPlugin(): Plugin<RequestContext> {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const context = args.contextValue as RequestContext;
      const restricted = context.jwt ? accessScope(context.jwt).restricted : true;
      const typeInfo = new TypeInfo(args.schema);
      const responsePath: string[] = [];
      try {
        visit(
          args.document,
          visitWithTypeInfo(typeInfo, {
            Field: {
              enter(node) {
                responsePath.push(node.alias?.value ?? node.name.value);
                const fieldDef = typeInfo.getFieldDef();
                if (!fieldDef || node.arguments === undefined || node.arguments.length === 0) return;
                const values = getArgumentValues(fieldDef, node, args.variableValues ?? undefined);
                const types = Object.fromEntries(fieldDef.args.map((a) => [a.name, a.type as GraphQLInputType]));
                checkFieldArguments(values, types, [...responsePath], { schema: args.schema, restricted });
              },
              leave() {
                responsePath.pop();
              },
            },
          }),
        );
      } catch (err) {
        if (!(err instanceof GraphQLError)) throw err;
        // getArgumentValues' own errors (a null or missing value for a non-null argument) carry no code.
        const coded = err.extensions.code
          ? err
          : new GraphQLError(err.message, { nodes: err.nodes, extensions: { code: ErrorCode.BAD_USER_INPUT } });
        setResultAndStopExecution({ errors: [coded] });
      }
    },
  };
}
