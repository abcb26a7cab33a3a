// A watcher's inbox: changes of the given actions to the entities it watches, numbered after each
// was watched, made by someone else ($self: the user's id, or a shared token's name), newest first.
MATCH (:Watcher {key: $key})-[watch:WATCHES]->(:Entity)<-[:CONCERNS]-(change:AuditEntry)
WHERE change.seq > watch.since AND change.action IN $actions AND coalesce(change.actorId, change.actor) <> $self
WITH DISTINCT change
ORDER BY change.seq DESC
LIMIT toInteger($first)
RETURN change {
  .seq, .id, .at, .actor, .actorId, .action, .targetId, .before, .after, .revertOf,
  entityIds: COLLECT {
    MATCH (change)-[concerns:CONCERNS]->(concerned)
    RETURN concerned.id ORDER BY concerns.position
  }
} AS change
