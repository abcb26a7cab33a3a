// The feed after $after, in order: changes of the given actions (null: all), by a user (id or shared token's
// name), made in [$from, $to). `at` is compared as a datetime (its text drops trailing zeros).
MATCH (change:AuditEntry)
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
