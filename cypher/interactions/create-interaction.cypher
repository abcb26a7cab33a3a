// Logs one interaction and links it to each participating entity.
CREATE (i:Interaction {id: $id})
SET i += $properties, i.version = 1, i.createdAt = toString(datetime()), i.createdBy = $actor.name, i.createdById = $actor.id
WITH i
CALL (i) {
  UNWIND $participants AS participantId
  MATCH (e:Entity {id: participantId})
  CREATE (i)-[:INVOLVES]->(e)
}
RETURN i.id AS id
