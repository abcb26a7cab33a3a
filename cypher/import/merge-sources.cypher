// One batch of sources, with their texts. New sources start at version 1; a source someone has
// edited since (version > 1) is kept as it is. Idempotent: merging the same rows again changes nothing.
UNWIND $rows AS row
MERGE (s:Source {id: row.id})
  ON CREATE SET s.version = 1, s.createdAt = toString(datetime()), s.createdBy = $actor
WITH s, row
WHERE coalesce(s.version, 1) = 1
SET s += row.properties, s.version = 1
RETURN count(s) AS merged
