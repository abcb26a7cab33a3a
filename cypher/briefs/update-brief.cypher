// Replaces a brief's fields and bumps its version (caller holds the lock); a null field is removed.
MATCH (b:Brief {id: $id})
SET b += $properties, b.version = b.version + 1, b.updatedAt = $now, b.updatedBy = $actor.name,
  b.updatedById = $actor.id
RETURN b {.*} AS brief
