// One batch of sources. Idempotent: merging the same rows again changes nothing.
UNWIND $rows AS row
MERGE (s:Source {id: row.id})
SET s += row.properties
RETURN count(s) AS merged
