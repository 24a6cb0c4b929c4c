import { defineConfig } from "vitest/config";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
// One graphql realm: @neo4j/graphql (CJS) and our ESM code must share the same module instance.
const alias = [{ find: /^graphql$/, replacement: require.resolve("graphql/index.js") }];

export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["{api,seed,web,tools/neo4j-local}/src/**/*.test.ts", "tools/*/*.test.ts"],
          environment: "node",
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["{api,seed,tools/neo4j-local}/test/**/*.int.test.ts"],
          globalSetup: ["test/global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: "e2e",
          include: ["web/e2e/**/*.e2e.test.ts"],
          globalSetup: ["test/global-setup.ts"],
          testTimeout: 120_000,
          hookTimeout: 240_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
