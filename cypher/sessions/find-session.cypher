// The user of a session that has not expired, and when it ended if their account was closed.
MATCH (s:Session {idHash: $idHash})-[:OF]->(u:User)
WHERE s.expiresAt > $now
RETURN u {.id, .name, .email, .role, .version, .createdAt, .lastSignInAt, .closedAt, .closedBy, .closedReason} AS user,
       s.endedAt AS endedAt
