// One batch of relationships, typed from the vocabulary (the caller validates row.type against it).
// A relationship is found by its id between its two ends, which the planner expands into from the
// ends' index seeks. MERGE on a dynamic type cannot use the per-type id constraints, and a bare
// OPTIONAL MATCH on both bound ends was planned (on the empty database an import starts with) as a
// scan of every relationship for each row. As with entities, a relationship edited since import
// (version > 1) is kept as it is.
UNWIND $rows AS row
MATCH (from:Entity {id: row.from})
OPTIONAL MATCH (from)-[existing {id: row.id}]->(:Entity {id: row.to})
CALL (from, row, existing) {
  WITH * WHERE existing IS NULL
  MATCH (to:Entity {id: row.to})
  CREATE (from)-[created:$(row.type) {id: row.id}]->(to)
  SET created += row.properties, created.version = 1, created.createdAt = toString(datetime()),
      created.createdBy = $actor
}
CALL (existing, row) {
  WITH * WHERE existing.version = 1
  SET existing += row.properties
}
RETURN count(*) AS merged
