// Writes a relationship's new properties and bumps its version (caller holds the lock).
MATCH ()-[r {id: $id}]->()
SET r += $properties, r.version = r.version + 1, r.updatedAt = toString(datetime()), r.updatedBy = $actor.name
RETURN r.version AS version
