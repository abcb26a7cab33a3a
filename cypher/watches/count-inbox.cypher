// How many changes of the inbox (as watches/list-inbox) are numbered after the watcher last opened
// it, and that number.
OPTIONAL MATCH (w:Watcher {key: $key})
OPTIONAL MATCH (w)-[watch:WATCHES]->(:Entity)<-[:CONCERNS]-(change:AuditEntry)
WHERE change.seq > watch.since AND change.seq > w.seenSeq AND change.action IN $actions
  AND coalesce(change.actorId, change.actor) <> $self
RETURN coalesce(w.seenSeq, 0) AS seenSeq, count(DISTINCT change) AS unseen
