// Takes the brief's write lock and reads it as it is (see entities/lock-entity.cypher).
MATCH (b:Brief {id: $id})
SET b._lock = true
REMOVE b._lock
RETURN b {.*} AS brief
