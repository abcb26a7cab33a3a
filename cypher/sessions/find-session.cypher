// The user of a session that has not expired.
MATCH (s:Session {idHash: $idHash})-[:OF]->(u:User)
WHERE s.expiresAt > $now
RETURN u {.id, .name, .email, .role, .version, .createdAt, .lastSignInAt} AS user
