// Writes a relationship's new properties and bumps its version (caller holds the lock). Found from
// its ends, as in graph/lock-relationship.
MATCH (:Entity {id: $source})-[r]->(:Entity {id: $target})
WHERE r.id = $id
SET r += $properties, r.version = r.version + 1, r.updatedAt = toString(datetime()), r.updatedBy = $actor.name
RETURN r.version AS version
