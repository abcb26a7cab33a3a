// Erasure, step 1: the person's contact details, engagement profile and assessments go entirely.
MATCH (p:Entity:Person {id: $personId})-[:HAS_CONTACT|HAS_PROFILE|HAS_ASSESSMENT]->(x)
WITH collect(x) AS held
FOREACH (x IN held | DETACH DELETE x)
RETURN size(held) AS deleted
