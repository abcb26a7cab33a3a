// The feed after $after for one stakeholder (or source): the changes that concern it, with the
// same filters as feed/list-changes.
CALL () {
  MATCH (:Entity {id: $stakeholder})<-[:CONCERNS]-(change:AuditEntry)
  RETURN change
  UNION
  MATCH (:Source {id: $stakeholder})<-[:CONCERNS]-(change:AuditEntry)
  RETURN change
}
WITH change
WHERE change.seq > $after
  AND ($actions IS NULL OR change.action IN $actions)
  AND ($user IS NULL OR change.actorId = $user OR change.actor = $user)
  AND ($from IS NULL OR datetime(change.at) >= datetime($from))
  AND ($to IS NULL OR datetime(change.at) < datetime($to))
WITH change
ORDER BY change.seq
LIMIT toInteger($first)
RETURN change {
  .seq, .id, .at, .actor, .actorId, .action, .targetId, .before, .after, .revertOf,
  entityIds: COLLECT {
    MATCH (change)-[concerns:CONCERNS]->(concerned)
    RETURN concerned.id ORDER BY concerns.position
  }
} AS change
