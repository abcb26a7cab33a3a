// Ends every session of a user whose account is closed. They stay until they expire so that their
// cookie is refused with the reason (closed) rather than taken for a signed-out browser.
MATCH (s:Session)-[:OF]->(:User {id: $userId})
WHERE s.endedAt IS NULL
SET s.endedAt = $now
RETURN count(s) AS ended
