// Aliases a newer version of a layer no longer has, of entities not edited since (version 1); the
// import's audit entry names them. Aliases users added cite other sources and are never asked for.
UNWIND $ids AS id
MATCH (e:Entity)-[:HAS_ALIAS]->(a:Alias {id: id})
WHERE e.version = 1
DETACH DELETE a
RETURN count(*) AS deleted
