// Which of a batch of entities exist already, with their versions: importGraph creates the others,
// and updates those imported before and not edited since.
UNWIND $rows AS row
MATCH (e:Entity {id: row.id})
RETURN e.id AS id, e.version AS version
