// Audit entries concerning an entity, newest first, after the cursor ($afterAt, $afterId) if given.
MATCH (entry:AuditEntry)-[:CONCERNS]->(:Entity {id: $entityId})
WHERE $afterAt IS NULL OR entry.at < $afterAt OR (entry.at = $afterAt AND entry.id < $afterId)
RETURN entry {.id, .at, .actor, .action, .targetId, .before, .after} AS entry
ORDER BY entry.at DESC, entry.id DESC
LIMIT toInteger($first)
