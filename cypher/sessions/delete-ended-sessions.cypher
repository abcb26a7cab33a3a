// Deletes a reopened user's ended sessions: their old cookies are worth nothing, as if signed out.
MATCH (s:Session)-[:OF]->(:User {id: $userId})
WHERE s.endedAt IS NOT NULL
DETACH DELETE s
