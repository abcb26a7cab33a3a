// One batch of new entities (find-entities found none of them), labelled by kind (Body, Person,
// Programme; from the vocabulary). New entities start at version 1. The time is read once per batch
// rather than once per row.
WITH toString(datetime()) AS now
UNWIND $rows AS row
CREATE (e:Entity:$(row.label) {id: row.id})
SET e += row.properties, e.version = 1, e.createdAt = now, e.createdBy = $actor
RETURN count(e) AS created
