/** Neo4j 5.26 LTS; APOC's newest 5.26 release on Maven Central runs on this server patch. */
export const NEO4J_VERSION = process.env.NEO4J_LOCAL_VERSION ?? "5.26.23";
export const APOC_VERSION = process.env.NEO4J_LOCAL_APOC_VERSION ?? "5.26.19";
