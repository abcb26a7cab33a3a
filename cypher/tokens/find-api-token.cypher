// The token with this hash and its user (whose current role limits it). Tokens revoked by their
// user have no hash; those revoked by closing the account keep it while it is closed (revokedAt set).
MATCH (t:ApiToken {hash: $hash})-[:OF]->(u:User)
RETURN t.id AS tokenId, t.lastUsedAt AS lastUsedAt, t.revokedAt AS revokedAt,
       u {.id, .name, .email, .role, .version, .createdAt, .lastSignInAt, .closedAt, .closedBy, .closedReason} AS user
