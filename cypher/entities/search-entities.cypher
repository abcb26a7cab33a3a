// Full-text search over entity names and aliases (index entity_names, accent- and case-folding).
// $query is a Lucene query built by the repository from letters and digits only.
CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node, score
OPTIONAL MATCH (owner:Entity)-[:HAS_ALIAS]->(node)
WITH coalesce(owner, node) AS e, score
WHERE e:Entity AND e.retiredAt IS NULL AND ($kinds IS NULL OR e.kind IN $kinds)
WITH e, max(score) AS score
RETURN e.id AS id, score
ORDER BY score DESC, e.name
LIMIT toInteger($first)
