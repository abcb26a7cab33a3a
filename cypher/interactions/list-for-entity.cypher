// An entity's interactions, newest first (its timeline).
MATCH (i:Interaction)-[:INVOLVES]->(:Entity {id: $entityId})
RETURN i {.*, participants: COLLECT { MATCH (i)-[:INVOLVES]->(e:Entity) RETURN e.id ORDER BY e.id },
  followUps: COLLECT { MATCH (i)-[:HAS_FOLLOW_UP]->(f:FollowUp) RETURN f {.*, interactionId: i.id} ORDER BY f.due, f.createdAt }} AS interaction
ORDER BY i.date DESC, i.createdAt DESC
LIMIT toInteger($first)
