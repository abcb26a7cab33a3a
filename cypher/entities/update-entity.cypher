// Writes an entity's new properties and aliases and bumps its version. The caller holds the lock
// (lock-entity) and has checked the expected version in the same transaction.
MATCH (e:Entity {id: $id})
SET e += $properties, e.version = e.version + 1, e.updatedAt = toString(datetime()), e.updatedBy = $actor.name
WITH e
CALL (e) {
  OPTIONAL MATCH (e)-[:HAS_ALIAS]->(old:Alias)
  DETACH DELETE old
}
CALL (e) {
  UNWIND $aliases AS alias
  CREATE (e)-[:HAS_ALIAS]->(a:Alias {id: alias.id})
  SET a += alias.properties
}
RETURN e.version AS version
