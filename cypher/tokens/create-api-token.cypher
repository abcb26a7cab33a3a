// A personal API token: only its SHA-256 is stored, with the first characters to recognise it by.
// A closed account gets none (nothing is returned).
MATCH (u:User {id: $userId})
WHERE u.closedAt IS NULL
CREATE (t:ApiToken {id: randomUUID(), name: $name, hash: $hash, prefix: $prefix, createdAt: $now})-[:OF]->(u)
RETURN t {.id, .name, .prefix, .createdAt, .lastUsedAt} AS token
