MATCH (p:Entity:Person {id: $personId})
MERGE (p)-[:HAS_CONTACT]->(c:ContactDetails)
  ON CREATE SET c.version = 0
SET c.email = $email, c.phone = $phone, c.version = c.version + 1, c.updatedAt = toString(datetime()), c.updatedBy = $actor.name
RETURN c.version AS version
