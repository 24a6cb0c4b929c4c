/** Users with the territories that go into their token: a REP's covered ones, a MANAGER's managed ones. */
export const LIST_USERS = `
MATCH (u:User)
WHERE $prefix = '' OR u.id STARTS WITH $prefix
OPTIONAL MATCH (u)-[:COVERS|MANAGES]->(t:Territory)
WITH u, t ORDER BY t.id
RETURN u.id AS id, u.name AS name, u.role AS role, [x IN collect(t.id) WHERE x IS NOT NULL] AS territories
ORDER BY u.role, u.id`;

export const GET_USER = `
MATCH (u:User {id: $id})
OPTIONAL MATCH (u)-[:COVERS|MANAGES]->(t:Territory)
WITH u, t ORDER BY t.id
RETURN u.id AS id, u.name AS name, u.role AS role, [x IN collect(t.id) WHERE x IS NOT NULL] AS territories`;
