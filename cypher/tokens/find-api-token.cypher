// The token with this hash, if not revoked, and its user (whose current role limits it).
MATCH (t:ApiToken {hash: $hash})-[:OF]->(u:User)
WHERE t.revokedAt IS NULL
RETURN t.id AS tokenId, t.lastUsedAt AS lastUsedAt,
       u {.id, .name, .email, .role, .version, .createdAt, .lastSignInAt} AS user
