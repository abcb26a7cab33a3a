// Erasure, step 1: the person's contact details and engagement profile go entirely.
MATCH (p:Entity:Person {id: $personId})-[:HAS_CONTACT|HAS_PROFILE]->(x)
WITH collect(x) AS held
FOREACH (x IN held | DETACH DELETE x)
RETURN size(held) AS deleted
