// Writes a source's new properties and bumps its version. The caller holds the lock (lock-source)
// and has checked the expected version in the same transaction.
MATCH (s:Source {id: $id})
SET s += $properties, s.version = coalesce(s.version, 1) + 1, s.updatedAt = toString(datetime()),
    s.updatedBy = $actor.name
RETURN s.version AS version
