// Marks an audit entry as the undo of change $revertOf (written in the undo's transaction).
MATCH (entry:AuditEntry {id: $id})
SET entry.revertOf = $revertOf
