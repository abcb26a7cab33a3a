UNWIND $ids AS id
MATCH (p:Entity:Person {id: id})-[:HAS_CONTACT]->(c:ContactDetails)
RETURN p.id AS personId, c {.email, .phone, .version} AS contact
