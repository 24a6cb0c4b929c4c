import { GraphQLError, TypeInfo, getNamedType, visit, visitWithTypeInfo, type DocumentNode, type GraphQLSchema } from "graphql";
import type { Plugin } from "graphql-yoga";
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import { ErrorCode } from "../graphql/errors.ts";
import type { RequestContext } from "../graphql/context.ts";

export interface RateLimits {
  writesPerMinute: number;
  previewsPerMinute: number;
}

/** Fields that run a write transaction to preview a change (rolled back, but as costly as the write). */
const PREVIEW_FIELDS = new Set(["Query.previewChange", "ChangeRequest.preview"]);

/** Mutation fields (writes) and preview fields a document asks for. */
function countCostlyFields(schema: GraphQLSchema, document: DocumentNode): { writes: number; previews: number } {
  const typeInfo = new TypeInfo(schema);
  const mutation = schema.getMutationType();
  const counts = { writes: 0, previews: 0 };
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const parent = typeInfo.getParentType();
        if (!parent) return;
        if (parent === mutation) counts.writes++;
        else if (PREVIEW_FIELDS.has(`${getNamedType(parent).name}.${node.name.value}`)) counts.previews++;
      },
    }),
  );
  return counts;
}

function rateLimited(what: string, perMinute: number, variable: string, msBeforeNext: number): GraphQLError {
  const retryAfterSeconds = Math.max(1, Math.ceil(msBeforeNext / 1000));
  return new GraphQLError(`Too many ${what}: at most ${perMinute} a minute per user (${variable}); retry in ${retryAfterSeconds} s.`, {
    extensions: {
      code: ErrorCode.RATE_LIMITED,
      retryAfterSeconds,
      http: { status: 429, headers: { "Retry-After": String(retryAfterSeconds) } },
    },
  });
}

/**
 * Per-user limits on writes (each mutation field) and previews, counted before execution. The
 * counters live in this API instance's memory: with several instances, each allows the rate.
 */
export function rateLimitPlugin(limits: RateLimits): Plugin<RequestContext> {
  const writes = new RateLimiterMemory({ points: limits.writesPerMinute, duration: 60 });
  const previews = new RateLimiterMemory({ points: limits.previewsPerMinute, duration: 60 });
  const consume = async (limiter: RateLimiterMemory, user: string, points: number, error: (msBeforeNext: number) => GraphQLError) => {
    if (points === 0) return;
    try {
      await limiter.consume(user, points);
    } catch (err) {
      if (err instanceof RateLimiterRes) throw error(err.msBeforeNext);
      throw err;
    }
  };
  return {
    async onExecute({ args, setResultAndStopExecution }) {
      const user = (args.contextValue as RequestContext).jwt.sub;
      const counts = countCostlyFields(args.schema, args.document);
      try {
        await consume(writes, user, counts.writes, (ms) =>
          rateLimited("writes", limits.writesPerMinute, "RATE_LIMIT_WRITES_PER_MINUTE", ms),
        );
        await consume(previews, user, counts.previews, (ms) =>
          rateLimited("change previews", limits.previewsPerMinute, "RATE_LIMIT_PREVIEWS_PER_MINUTE", ms),
        );
      } catch (err) {
        if (!(err instanceof GraphQLError)) throw err;
        setResultAndStopExecution({ errors: [err] });
      }
    },
  };
}
