// Which of a batch of relationships exist already, found by id between their two ends. Only the
// start is bound by its index seek and the relationship is expanded from it: a lookup by id alone
// (no type) cannot use the per-type id constraints, and with both ends bound the planner chose, on
// the empty database an import starts with, a scan of every relationship for each row.
UNWIND $rows AS row
MATCH (from:Entity {id: row.from})
MATCH (from)-[existing {id: row.id}]->(:Entity {id: row.to})
RETURN row.id AS id, existing.version AS version
