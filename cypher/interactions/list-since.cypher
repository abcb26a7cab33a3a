// Interactions on or after $since (YYYY-MM-DD) with two or more participants: the links they strengthen.
MATCH (i:Interaction)
WHERE i.date >= $since AND i.date <= $until
WITH i, COLLECT { MATCH (i)-[:INVOLVES]->(e:Entity) WHERE e.retiredAt IS NULL RETURN e.id ORDER BY e.id } AS participants
WHERE size(participants) >= 2
RETURN i {.*, participants: participants} AS interaction
