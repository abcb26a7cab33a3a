// Revokes one of the user's tokens: the hash goes, the name and times stay.
MATCH (t:ApiToken {id: $id})-[:OF]->(:User {id: $userId})
WHERE t.revokedAt IS NULL
SET t.revokedAt = $now
REMOVE t.hash
RETURN t {.id, .name, .prefix, .createdAt, .lastUsedAt} AS token
