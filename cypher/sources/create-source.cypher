// Creates one source; the uniqueness constraint on :Source(id) rejects an id already taken.
CREATE (s:Source {id: $id})
SET s += $properties, s.version = 1, s.createdAt = toString(datetime()), s.createdBy = $actor.name
RETURN s.id AS id
