export { seedDatabase, type SeedOptions, type SeedProgress } from "./seed-database.ts";
export { ensureFieldData } from "./field/seed-field.ts";
export { importDatabase, type ImportOptions } from "./import/import-database.ts";
export { generate, seededUsers, type Dataset } from "./generate.ts";
export { SCALES, SCALE_NAMES, type Scale, type ScaleName } from "./scales.ts";
export type { SeedSummary } from "./summary.ts";
export type * from "./rows.ts";
