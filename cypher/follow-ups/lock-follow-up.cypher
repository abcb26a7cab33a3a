// Takes a follow-up's write lock and reads it, with its interaction's participants (for the audit).
MATCH (i:Interaction)-[:HAS_FOLLOW_UP]->(f:FollowUp {id: $id})
SET f._lock = true
REMOVE f._lock
RETURN f {.*, interactionId: i.id} AS followUp,
  COLLECT { MATCH (i)-[:INVOLVES]->(e:Entity) RETURN e.id ORDER BY e.id } AS participants
