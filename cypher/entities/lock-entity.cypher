// Takes the entity's write lock before reading it, so that the version read is the current one
// until the transaction ends (no lost updates between two concurrent editors).
MATCH (e:Entity {id: $id})
SET e._lock = true
REMOVE e._lock
RETURN e {
  .*,
  aliases: COLLECT {
    MATCH (e)-[:HAS_ALIAS]->(a:Alias)
    RETURN a {.*} ORDER BY a.validFrom, a.name
  }
} AS entity
