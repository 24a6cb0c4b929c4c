export { seedDatabase, type SeedOptions, type SeedSummary } from "./seed-database.ts";
export { generate, seededUsers, type Dataset } from "./generate.ts";
export { SCALES, SCALE_NAMES, type ScaleName } from "./scales.ts";
export type * from "./rows.ts";
