MATCH (p:Entity {id: $personId})
SET p._lock = true
REMOVE p._lock
WITH p
OPTIONAL MATCH (p)-[:HAS_CONTACT]->(c:ContactDetails)
RETURN p.id AS id, p.kind AS kind, c {.email, .phone, .version} AS contact
