// Entities by id, in any order, with their aliases (the DataLoader batch behind entity(id)).
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN e {
  .*,
  aliases: COLLECT {
    MATCH (e)-[:HAS_ALIAS]->(a:Alias)
    RETURN a {.*} ORDER BY a.validFrom, a.name
  }
} AS entity
