// Whether the user's account is closed now (a change-feed stream of theirs then ends).
MATCH (u:User {id: $id})
RETURN u.closedAt IS NOT NULL AS closed
