// One audit entry, written in the same transaction as the change it records, linked to the
// entities (or the source) it concerns. :Unsequenced until a sequencer gives it its number in the
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
  UNWIND $entityIds AS entityId
  CALL (entityId) {
    MATCH (e:Entity {id: entityId})
    RETURN e
    UNION
    MATCH (e:Source {id: entityId})
    RETURN e
  }
  CREATE (entry)-[:CONCERNS]->(e)
}
RETURN entry.id AS id
