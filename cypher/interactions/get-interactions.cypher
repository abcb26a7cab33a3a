UNWIND $ids AS id
MATCH (i:Interaction {id: id})
RETURN i {.*, participants: COLLECT { MATCH (i)-[:INVOLVES]->(e:Entity) RETURN e.id ORDER BY e.id }} AS interaction
