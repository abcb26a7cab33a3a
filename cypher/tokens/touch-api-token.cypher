// Records when a token was last used.
MATCH (t:ApiToken {id: $id})
SET t.lastUsedAt = $now
