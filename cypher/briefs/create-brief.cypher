// Creates a brief at version 1, by the actor.
CREATE (b:Brief {id: $id})
SET b += $properties, b.version = 1, b.createdAt = $now, b.createdBy = $actor.name, b.createdById = $actor.id,
  b.updatedAt = $now, b.updatedBy = $actor.name, b.updatedById = $actor.id
RETURN b {.*} AS brief
