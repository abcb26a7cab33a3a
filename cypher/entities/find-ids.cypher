// Which of the given ids are taken by an entity, and whether each is retired.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN e.id AS id, e.retiredAt IS NOT NULL AS retired
