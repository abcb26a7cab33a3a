// Revokes every token of a user whose account is closed. The hash stays while the account is
// closed, so that the token is refused with the reason (closed); reopening removes it
// (forget-revoked-hashes), as revoke-api-token does at once.
MATCH (t:ApiToken)-[:OF]->(:User {id: $userId})
WHERE t.revokedAt IS NULL
SET t.revokedAt = $now, t.revokedBy = $revokedBy
RETURN count(t) AS revoked
