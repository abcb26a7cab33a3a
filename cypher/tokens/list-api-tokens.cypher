// A user's tokens that are not revoked, newest first.
MATCH (t:ApiToken)-[:OF]->(:User {id: $userId})
WHERE t.revokedAt IS NULL
RETURN t {.id, .name, .prefix, .createdAt, .lastUsedAt} AS token
ORDER BY t.createdAt DESC, t.id
