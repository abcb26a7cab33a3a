// One numbered change of the feed, by its seq or (when $seq is null) by its audit entry's id.
OPTIONAL MATCH (bySeq:AuditEntry {seq: $seq})
OPTIONAL MATCH (byId:AuditEntry {id: $id})
WITH coalesce(bySeq, byId) AS change
WHERE change IS NOT NULL
RETURN change {
  .seq, .id, .at, .actor, .actorId, .action, .targetId, .before, .after, .revertOf,
  entityIds: COLLECT {
    MATCH (change)-[concerns:CONCERNS]->(concerned)
    RETURN concerned.id ORDER BY concerns.position
  }
} AS change
