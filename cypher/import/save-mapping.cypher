// Remembers the mapping of an import for the next files of the same layout (one per layout).
MERGE (m:ImportMapping {layout: $layout})
SET m.mapping = $mapping, m.updatedAt = toString(datetime()), m.updatedBy = $actor
