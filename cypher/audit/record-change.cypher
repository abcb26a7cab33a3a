// One audit entry, written in the same transaction as the change it records, linked to the
// entities (or the source) it concerns, in the order given (a relationship's from, then its to). :Unsequenced until a sequencer gives it its number in the
// change feed after the commit (cypher/feed/number-changes.cypher): no shared node is locked here.
CREATE (entry:AuditEntry:Unsequenced {
  id: randomUUID(),
  at: toString(datetime()),
  actor: $actor.name,
  actorId: $actor.id,
  action: $action,
  targetId: $targetId,
  before: $before,
  after: $after
})
WITH entry
CALL (entry) {
  UNWIND range(0, size($entityIds) - 1) AS position
  WITH position, $entityIds[position] AS entityId
  CALL (entityId) {
    MATCH (e:Entity {id: entityId})
    RETURN e
    UNION
    MATCH (e:Source {id: entityId})
    RETURN e
  }
  CREATE (entry)-[:CONCERNS {position: position}]->(e)
}
RETURN entry.id AS id
