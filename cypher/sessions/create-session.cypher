// A signed-in browser: only the SHA-256 of the session id (the cookie's value) is stored.
// Times are epoch milliseconds from the app's clock.
MATCH (u:User {id: $userId})
CREATE (s:Session {idHash: $idHash, createdAt: $now, expiresAt: $expiresAt})-[:OF]->(u)
RETURN s.idHash AS idHash
