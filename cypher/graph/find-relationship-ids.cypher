// Relationship ids already taken, across all types.
UNWIND $ids AS id
MATCH ()-[r {id: id}]->()
RETURN DISTINCT r.id AS id
