// Creates one entity; the uniqueness constraint on :Entity(id) rejects an id already taken.
CREATE (e:Entity {id: $id})
SET e:$($label), e += $properties, e.version = 1, e.createdAt = datetime(), e.createdBy = $actor
RETURN e {.*} AS entity
