// The changes to the record $targetId after change $seq (numbered later, or committed and not yet
// numbered: last), oldest first, found through the entity they concern ($entityId: the entity, or a
// relationship's first end). Only changes to that record itself count: a relationship's or a
// profile's change concerns the entity too, but leaves its fields alone.
MATCH (:Entity {id: $entityId})<-[:CONCERNS]-(later:AuditEntry)
WHERE later.targetId = $targetId AND (later.seq > $seq OR later.seq IS NULL)
RETURN later {.seq, .actor, .at, .action, .revertOf} AS change
ORDER BY coalesce(later.seq, 9223372036854775807), later.at
LIMIT 1000
