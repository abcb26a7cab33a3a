// Creates one entity with its aliases; the uniqueness constraint on :Entity(id) rejects an id
// already taken.
CREATE (e:Entity {id: $id})
SET e:$($label), e += $properties, e.version = 1, e.createdAt = toString(datetime()), e.createdBy = $actor.name
WITH e
CALL (e) {
  UNWIND $aliases AS alias
  CREATE (e)-[:HAS_ALIAS]->(a:Alias {id: alias.id})
  SET a += alias.properties
}
RETURN e.id AS id
