import type { Driver, SessionConfig } from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { TestGraphQL } from "../graphql-client.ts";
import { useImportFixture } from "./use-import-fixture.ts";

/**
 * With a `neo4j://` URI the driver sends READ transactions to followers and WRITE ones to the
 * leader. The driver below records the access mode of every session and executeQuery the API opens.
 */
const f = useImportFixture("routing");

function recording(driver: Driver) {
  const modes: string[] = [];
  const proxy = new Proxy(driver, {
    get(target, prop) {
      if (prop === "session") {
        return (config?: SessionConfig) => {
          modes.push(config?.defaultAccessMode ?? "WRITE");
          return target.session(config);
        };
      }
      if (prop === "executeQuery") {
        return (query: string, params?: Record<string, unknown>, config?: { routing?: "READ" | "WRITE" }) => {
          modes.push(config?.routing ?? "WRITE");
          return target.executeQuery(query, params, config);
        };
      }
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
  return { driver: proxy, modes };
}

describe("GraphQL reads are READ transactions", () => {
  it("a generated list (@neo4j/graphql) and the import job list (our resolver) open only READ transactions", async () => {
    const { driver, modes } = recording(f.driver);
    const api = await TestGraphQL.create(driver);
    // Building the schema and loading users may touch the database: only the requests below count.
    const token = await api.tokenFor(f.g.users.admin);
    modes.length = 0;
    const ask = async (query: string) => {
      const res = await api.raw({ query, variables: { p: f.p } }, { authorization: `Bearer ${token}` });
      return (await res.json()) as { errors?: unknown[] };
    };
    expect((await ask("query($p: ID!) { hcps(where: { id: { startsWith: $p } }) { id } }")).errors).toBeUndefined();
    expect((await ask("{ importJobs(limit: 5) { id } }")).errors).toBeUndefined();
    expect(modes.length).toBeGreaterThanOrEqual(2);
    expect(new Set(modes)).toEqual(new Set(["READ"]));
  });
});
