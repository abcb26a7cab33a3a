// Audit entries concerning an entity (or a source), newest first, after the cursor ($afterAt, $afterId)
// if given. `at` is compared as a datetime: its text drops trailing zeros ("…12.48Z" is later than "…12.483Z").
CALL () {
  MATCH (entry:AuditEntry)-[:CONCERNS]->(:Entity {id: $entityId})
  RETURN entry
  UNION
  MATCH (entry:AuditEntry)-[:CONCERNS]->(:Source {id: $entityId})
  RETURN entry
}
WITH entry, datetime(entry.at) AS at
WHERE $afterAt IS NULL OR at < datetime($afterAt) OR (at = datetime($afterAt) AND entry.id < $afterId)
RETURN entry {.id, .at, .actor, .actorId, .action, .targetId, .before, .after} AS entry
ORDER BY at DESC, entry.id DESC
LIMIT toInteger($first)
