// A personal API token: only its SHA-256 is stored, with the first characters to recognise it by.
MATCH (u:User {id: $userId})
CREATE (t:ApiToken {id: randomUUID(), name: $name, hash: $hash, prefix: $prefix, createdAt: $now})-[:OF]->(u)
RETURN t {.id, .name, .prefix, .createdAt, .lastUsedAt} AS token
