// One batch of relationships imported before and not edited since (version 1): their properties
// follow the file. A relationship someone has edited (version > 1) is never in a batch: imports never
// overwrite acknowledged edits. Found from its start as in find-relationships.
UNWIND $rows AS row
MATCH (from:Entity {id: row.from})
MATCH (from)-[existing {id: row.id}]->(:Entity {id: row.to})
WHERE existing.version = 1
SET existing += row.properties
RETURN count(existing) AS updated
