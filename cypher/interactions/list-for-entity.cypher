// An entity's interactions, newest first (its timeline).
MATCH (i:Interaction)-[:INVOLVES]->(:Entity {id: $entityId})
RETURN i {.*, participants: COLLECT { MATCH (i)-[:INVOLVES]->(e:Entity) RETURN e.id ORDER BY e.id }} AS interaction
ORDER BY i.date DESC, i.createdAt DESC
LIMIT toInteger($first)
