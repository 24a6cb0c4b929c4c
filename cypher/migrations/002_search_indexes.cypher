// Full-text search over people and organisations by name (and HCP NPI / ids, so "search by id" works too).
CREATE FULLTEXT INDEX hcp_search IF NOT EXISTS FOR (n:HCP) ON EACH [n.name, n.firstName, n.lastName, n.id, n.npi];
CREATE FULLTEXT INDEX hco_search IF NOT EXISTS FOR (n:Account|Organization|Network) ON EACH [n.name, n.id];
