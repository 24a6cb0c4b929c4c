/**
 * The layering of the code base, checked by `npm run lint:deps` (part of `npm test`).
 * docs/ARCHITECTURE.md explains the layers; each rule's comment says what it protects.
 */
module.exports = {
  forbidden: [
    {
      name: "model-is-the-kernel",
      comment: "api/src/model holds the shared graph model every capability builds on; it imports nothing of the product but itself.",
      severity: "error",
      from: { path: "^api/src/model/" },
      to: { path: "^api/src/", pathNot: "^api/src/model/" },
    },
    {
      name: "kernel-imports-no-capability",
      comment:
        "db/, graphql/ (errors, context, schema parts) and config/ sit under every capability; they import only the model and each other.",
      severity: "error",
      from: { path: "^api/src/(db|graphql|config)/" },
      to: { path: "^api/src/", pathNot: "^api/src/(model|db|graphql|config)/" },
    },
    {
      name: "capabilities-do-not-import-entry-points",
      comment: "server/ (the composition root and HTTP) and cli/ (commands) import capabilities, never the other way round.",
      severity: "error",
      from: { path: "^api/src/", pathNot: "^api/src/(server|cli)/" },
      to: { path: "^api/src/(server|cli)/" },
    },
    {
      name: "api-never-imports-dev-tooling",
      comment:
        "Production code reads its configuration from the environment; the local Neo4j launcher and other tools are for development only.",
      severity: "error",
      from: { path: "^api/src/" },
      to: { path: "^(tools/|node_modules/@pharmagraph/neo4j-local)" },
    },
    {
      name: "web-imports-no-api-source",
      comment: "The web app knows the API through its GraphQL schema (generated types in web/src/api/generated), not through server code.",
      severity: "error",
      from: { path: "^web/src/" },
      to: { path: "^(api|seed|tools|test|bench)/" },
    },
    {
      name: "seed-uses-only-the-kernel",
      comment: "The seed takes the vocabulary from the model and the driver and migrations from db/; it does not reach into capabilities.",
      severity: "error",
      from: { path: "^seed/src/", pathNot: "^seed/src/field/" },
      to: { path: "^api/src/", pathNot: "^api/src/(model|db|config)/" },
    },
    {
      name: "seed-field-uses-the-product-paths",
      comment:
        "The seeded field year (scores, call plans, activities, survey answers, the experience figures) is made through the analytics, field and experience capabilities' own functions, so it is what the product would make; nothing else of the API.",
      severity: "error",
      from: { path: "^seed/src/field/" },
      to: { path: "^api/src/", pathNot: "^api/src/(model|db|config|analytics|field|experience)/" },
    },
    {
      name: "source-does-not-import-tests",
      comment: "Test support lives in test folders; product code never depends on it.",
      severity: "error",
      from: { path: "^(api|web|seed)/src/", pathNot: "\\.test\\.tsx?$" },
      to: { path: "(^|/)(test|e2e)/|\\.test\\.tsx?$" },
    },
    {
      name: "no-circular",
      comment: "Runtime import cycles make the order of initialisation fragile (a type-only import back, e.g. of a row type, is fine).",
      severity: "error",
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ["type-only"] } },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^tools/lint/layering-fixture/" },
    includeOnly: "^(api|web|seed|tools|test|bench|node_modules/@pharmagraph)/",
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "node", "default", "types"],
      extensions: [".ts", ".tsx", ".js"],
    },
  },
};
