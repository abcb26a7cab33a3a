// A reopened user's tokens revoked at closing: their hashes go, so they are refused as any revoked token.
MATCH (t:ApiToken)-[:OF]->(:User {id: $userId})
WHERE t.revokedAt IS NOT NULL AND t.hash IS NOT NULL
REMOVE t.hash
