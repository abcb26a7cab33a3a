// One batch of the start-up backfill (entities/list-unkeyed-names): each node's name keys.
UNWIND $rows AS row
MATCH (n)
WHERE elementId(n) = row.node
SET n += row.properties
RETURN count(n) AS keyed
