/** Who and what the screenshots show: one user per role (the one covering or managing most territories), the organization with the most HCPs and the HCP with the most influence edges. */
export interface DemoSubjects {
  users: Record<"REP" | "KAM" | "STEWARD" | "ANALYST" | "MANAGER" | "ADMIN", string>;
  largestOrganization: string;
  topKol: string;
}

export const DEMO_SUBJECTS = `
CALL () {
  MATCH (u:User) WHERE u.role IN ['REP', 'KAM', 'STEWARD', 'ANALYST', 'MANAGER', 'ADMIN']
  OPTIONAL MATCH (u)-[:COVERS|MANAGES]->(t:Territory)
  WITH u, count(t) AS territories ORDER BY territories DESC, u.id
  WITH u.role AS role, collect(u.id)[0] AS id
  RETURN apoc.map.fromPairs(collect([role, id])) AS users
}
CALL () {
  MATCH (o:Organization)<-[:AFFILIATED_WITH]-(:Account)<-[:AFFILIATED_WITH]-(h:HCP)
  WITH o, count(h) AS hcps ORDER BY hcps DESC, o.id LIMIT 1
  RETURN o.id AS largestOrganization
}
CALL () {
  MATCH (h:HCP)-[r:INFLUENCES]-(:HCP)
  WITH h, count(r) AS degree ORDER BY degree DESC, h.id LIMIT 1
  RETURN h.id AS topKol
}
RETURN users, largestOrganization, topKol`;
