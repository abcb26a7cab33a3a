// Takes the source's write lock before reading it (see entities/lock-entity.cypher).
MATCH (s:Source {id: $id})
SET s._lock = true
REMOVE s._lock
RETURN s {.*, version: coalesce(s.version, 1)} AS source
