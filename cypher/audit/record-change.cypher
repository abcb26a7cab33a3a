// One audit entry, written in the same transaction as the change it records.
CREATE (entry:AuditEntry {
  id: randomUUID(),
  at: toString(datetime()),
  actor: $actor,
  action: $action,
  targetId: $targetId,
  before: $before,
  after: $after
})
WITH entry
CALL (entry) {
  UNWIND $entityIds AS entityId
  MATCH (e:Entity {id: entityId})
  CREATE (entry)-[:CONCERNS]->(e)
}
RETURN entry.id AS id
